// SPDX-License-Identifier: Apache-2.0

#include "IndexCommand.h"

#include "api/ApiClient.h"
#include "index/SweepCrawler.h"
#include "index/SweepIndex.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;

IndexCommand::IndexCommand(const QString &action, const CtlContext &context, QObject *parent)
    : CtlCommand(context, parent)
    , m_action(action)
{
}

IndexCommand::~IndexCommand()
{
    delete m_crawler; // before the index it writes to
}

QString IndexCommand::indexPath(const CtlContext &context)
{
    if (context.parser->isSet(u"index"_s))
        return context.parser->value(u"index"_s);
    if (!context.client)
        return {};
    return SweepIndex::pathFor(context.client->connection(), context.apiKeyFingerprint);
}

bool IndexCommand::isInTeamDatabase(const CtlContext &context)
{
    return context.store.isTeam() && !context.parser->isSet(u"index"_s);
}

bool IndexCommand::lacksLocalIndex(const CtlContext &context)
{
    return !isInTeamDatabase(context) && !QFileInfo::exists(indexPath(context));
}

std::unique_ptr<SweepIndex> IndexCommand::openIndex(const CtlContext &context)
{
    auto index = std::make_unique<SweepIndex>();
    bool opened = false;
    if (isInTeamDatabase(context)) {
        // Beside the team's journal, keyed by the application as its file would be named.
        if (!context.client) {
            context.io->err << tr("qbmodctl: the index in a team database needs the "
                                  "application: give --endpoint and its credentials, or "
                                  "--profile.")
                            << Qt::endl;
            return nullptr;
        }
        opened = index->open(context.store,
            SweepIndex::keyFor(context.client->connection(), context.apiKeyFingerprint),
            context.storePassword);
    } else {
        opened = index->open(indexPath(context));
    }
    if (!opened) {
        context.io->err << tr("qbmodctl: %1").arg(index->errorString()) << Qt::endl;
        return nullptr;
    }
    return index;
}

void IndexCommand::start()
{
    if (m_action == u"forget"_s) {
        forget();
        return;
    }
    if (m_action == u"status"_s && lacksLocalIndex(m_context)) {
        if (m_context.json)
            m_context.io->out << u"{\"exists\":false}"_s << Qt::endl;
        else
            m_context.io->out << tr("No index yet; run qbmodctl index update.") << Qt::endl;
        Q_EMIT finished(ExitSuccess);
        return;
    }
    m_index = openIndex(m_context);
    if (!m_index) {
        Q_EMIT finished(ExitUsage);
        return;
    }
    if (m_action == u"status"_s) {
        printStatus();
        return;
    }
    update();
}

void IndexCommand::update()
{
    const QCommandLineParser &parser = *m_context.parser;
    SweepIndex::Scope scope = m_index->scope();
    if (parser.isSet(u"depth"_s)) {
        bool ok = false;
        scope.depth = parser.value(u"depth"_s).toInt(&ok);
        if (!ok || scope.depth < 1 || scope.depth > 100000) {
            usageError(tr("--depth needs a whole number from 1 to 100000."));
            return;
        }
        scope.since = QDateTime();
    }
    if (parser.isSet(u"since"_s)) {
        scope.since = QDateTime::fromString(parser.value(u"since"_s), Qt::ISODate);
        if (!scope.since.isValid()) {
            usageError(tr("--since needs a date such as 2025-05-01 or 2025-05-01T08:00:00Z."));
            return;
        }
        if (scope.since.timeSpec() == Qt::LocalTime)
            scope.since.setTimeZone(QTimeZone::utc());
    }
    if (parser.isSet(u"retention"_s)) {
        bool ok = false;
        const int days = parser.value(u"retention"_s).toInt(&ok);
        if (!ok || !m_index->setRetentionDays(days)) {
            usageError(tr("--retention needs a number of days from 1 to 3650."));
            return;
        }
    }
    if (!m_index->setScope(scope)) {
        usageError(m_index->errorString());
        return;
    }
    m_crawler = new SweepCrawler(m_context.client, m_index.get());
    m_crawler->setFull(parser.isSet(u"full"_s));
    const bool talk = m_context.io->stderrIsTerminal && !m_context.json;
    connect(m_crawler, &SweepCrawler::progressChanged, this,
        [this, talk](const SweepCrawler::Progress &progress) {
            if (!talk)
                return;
            m_context.io->err << u"\r"_s
                              << tr("%1: %2 listed, %3 read, %4 to go")
                                     .arg(SweepCrawler::phaseText(progress.phase))
                                     .arg(progress.listedDialogs)
                                     .arg(progress.readDialogs)
                                     .arg(progress.pendingDialogs)
                              << Qt::flush;
        });
    connect(m_crawler, &SweepCrawler::finished, this,
        [this, talk](SweepCrawler::Outcome outcome, const QString &error) {
            if (talk)
                m_context.io->err << Qt::endl;
            const SweepCrawler::Progress progress = m_crawler->progress();
            if (outcome != SweepCrawler::Outcome::Completed) {
                m_context.io->err << tr("qbmodctl: the crawl stopped: %1 The next index update "
                                        "resumes where it stopped.")
                                         .arg(error)
                                  << Qt::endl;
                Q_EMIT finished(ExitPartial);
                return;
            }
            if (m_context.json) {
                m_context.io->out << QString::fromUtf8(QJsonDocument(
                    QJsonObject { { u"listed_dialogs"_s, progress.listedDialogs },
                        { u"read_dialogs"_s, progress.readDialogs },
                        { u"messages"_s,
                            progress.messages } }).toJson(QJsonDocument::Compact))
                                  << Qt::endl;
            } else {
                m_context.io->out << tr(
                    "Index updated: %n dialog(s) listed", nullptr, progress.listedDialogs)
                                  << u", "_s << tr("%n read again", nullptr, progress.readDialogs)
                                  << u", "_s
                                  << tr("%n message(s) stored.", nullptr, progress.messages)
                                  << Qt::endl;
            }
            Q_EMIT finished(ExitSuccess);
        });
    m_crawler->start();
}

void IndexCommand::printStatus()
{
    const SweepIndex::Status status = m_index->status();
    QTextStream &out = m_context.io->out;
    if (m_context.json) {
        QJsonObject object { { u"exists"_s, true }, { u"path"_s, m_index->where() },
            { u"shared"_s, m_index->isShared() }, { u"dialogs"_s, status.dialogs },
            { u"messages"_s, status.messages }, { u"users"_s, status.users },
            { u"pending_dialogs"_s, status.pendingDialogs },
            { u"listing_in_progress"_s, status.listingInProgress },
            { u"bytes"_s, status.fileBytes }, { u"depth"_s, status.scope.depth },
            { u"retention_days"_s, status.retentionDays },
            { u"last_crawl_finished"_s,
                status.lastCrawlFinished.isValid() ? status.lastCrawlFinished.toString(Qt::ISODate)
                                                   : QString() } };
        if (status.scope.since.isValid())
            object.insert(u"since"_s, status.scope.since.toString(Qt::ISODate));
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
    } else {
        out << (m_index->isShared() ? tr("Index: %1 (shared with the team)").arg(m_index->where())
                                    : tr("Index: %1").arg(m_index->where()))
            << Qt::endl
            << tr("%n dialog(s)", nullptr, status.dialogs) << u", "_s
            << tr("%n message(s)", nullptr, status.messages) << u", "_s
            << tr("%n user(s)", nullptr, status.users) << u", "_s
            << tr("%1 MB on disk").arg(double(status.fileBytes) / 1e6, 0, 'f', 1) << Qt::endl
            << (status.scope.since.isValid() ? tr("Keeps every message since %1.")
                                                   .arg(status.scope.since.toString(Qt::ISODate))
                                             : tr("Keeps the latest %n message(s) of each dialog.",
                                                 nullptr, status.scope.depth))
            << u" "_s
            << tr("Messages not read again for %n day(s) are dropped and read again.", nullptr,
                   status.retentionDays)
            << Qt::endl;
        if (status.lastCrawlFinished.isValid())
            out << tr("Last crawl finished %1.").arg(status.lastCrawlFinished.toString(Qt::ISODate))
                << Qt::endl;
        if (status.listingInProgress || status.pendingDialogs > 0)
            out << tr("A crawl stopped half-way (%n dialog(s) still to read); index update "
                      "resumes it.",
                nullptr, status.pendingDialogs)
                << Qt::endl;
        out << tr("The index is a local copy for finding things, not evidence: what is acted on "
                  "is checked with the server first.")
            << Qt::endl;
    }
    Q_EMIT finished(ExitSuccess);
}

void IndexCommand::forget()
{
    if (lacksLocalIndex(m_context)) {
        m_context.io->out << tr("There is no index to forget.") << Qt::endl;
        Q_EMIT finished(ExitSuccess);
        return;
    }
    // Opened first, so that a file that is not an index is never deleted; in a team database
    // only this application's rows go.
    const std::unique_ptr<SweepIndex> index = openIndex(m_context);
    if (!index) {
        Q_EMIT finished(ExitPartial);
        return;
    }
    const QString where = index->where();
    if (!index->forget()) {
        m_context.io->err << tr("qbmodctl: %1").arg(index->errorString()) << Qt::endl;
        Q_EMIT finished(ExitPartial);
        return;
    }
    m_context.io->out << tr("The index %1 is forgotten.").arg(where) << Qt::endl;
    Q_EMIT finished(ExitSuccess);
}
