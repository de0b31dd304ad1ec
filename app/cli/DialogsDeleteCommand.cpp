#include "DialogsDeleteCommand.h"

#include "domain/ObjectId.h"
#include "moderation/BulkDeleteEngine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QStringList DialogsDeleteCommand::idsFromText(const QString &text)
{
    QStringList ids;
    const auto lines = text.split(u'\n');
    static const QRegularExpression separators(u"[\\s,]+"_s);
    for (QString line : lines) {
        const auto comment = line.indexOf(u'#');
        if (comment >= 0)
            line.truncate(comment);
        ids.append(line.split(separators, Qt::SkipEmptyParts));
    }
    return ids;
}

bool DialogsDeleteCommand::readIds(QStringList *ids)
{
    const QCommandLineParser &parser = *m_context.parser;
    QStringList raw = m_context.arguments;
    if (parser.isSet(u"from-file"_s)) {
        if (!raw.isEmpty()) {
            usageError(tr("Give ids either as arguments or with --from-file, not both."));
            return false;
        }
        const QString path = parser.value(u"from-file"_s);
        QByteArray content;
        if (path == u"-"_s) {
            content = m_context.io->in ? m_context.io->in->readAll() : QByteArray();
        } else {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                usageError(tr("Cannot read %1: %2").arg(path, file.errorString()));
                return false;
            }
            content = file.readAll();
        }
        raw = idsFromText(QString::fromUtf8(content));
    } else {
        QStringList split;
        for (const QString &argument : std::as_const(raw))
            split.append(idsFromText(argument));
        raw = split;
    }

    QStringList invalid;
    *ids = ObjectId::normalised(raw, &invalid);
    if (!invalid.isEmpty()) {
        const QStringList shown = invalid.mid(0, 5);
        usageError(tr("%n id(s) are not dialog ids (24 hexadecimal digits): %1. Nothing was sent.",
                      nullptr, static_cast<int>(invalid.size()))
                           .arg(shown.join(u", "_s)
                                + (invalid.size() > shown.size() ? u", …"_s : QString())));
        return false;
    }
    if (ids->isEmpty()) {
        usageError(tr("No dialog ids given."));
        return false;
    }
    return true;
}

bool DialogsDeleteCommand::confirm(int count, bool force)
{
    QTextStream &err = m_context.io->err;
    if (!m_context.io->stdinIsTerminal || !m_context.io->in) {
        usageError(tr("Refusing to delete without confirmation: pass --yes, or run on a terminal "
                      "to be asked."));
        return false;
    }
    const QString who = m_context.onBehalfOf
            ? tr("user %1").arg(*m_context.onBehalfOf)
            : tr("the signed-in account");
    if (force) {
        err << tr("Delete %n dialog(s) for everyone, with every message. This cannot be undone.",
                  nullptr, count)
            << Qt::endl
            << tr("Type %1 to confirm: ").arg(count) << Qt::flush;
    } else {
        err << tr("Remove %n dialog(s) from the list of %1 only; the other members keep them.",
                  nullptr, count)
                        .arg(who)
            << Qt::endl
            << tr("Continue? [y/N] ") << Qt::flush;
    }
    const QString answer = QString::fromUtf8(m_context.io->in->readLine()).trimmed();
    const bool confirmed = force
            ? answer == QString::number(count)
            : (answer.compare(u"y"_s, Qt::CaseInsensitive) == 0
               || answer.compare(u"yes"_s, Qt::CaseInsensitive) == 0);
    if (!confirmed) {
        err << tr("Nothing was deleted.") << Qt::endl;
        Q_EMIT finished(ExitUsage);
    }
    return confirmed;
}

void DialogsDeleteCommand::start()
{
    const QCommandLineParser &parser = *m_context.parser;
    BulkDeleteEngine::Options options;
    options.force = parser.isSet(u"force"_s);
    options.onBehalfOf = m_context.onBehalfOf;
    m_force = options.force;
    if (parser.isSet(u"batch-size"_s)) {
        bool ok = false;
        options.batchSize = parser.value(u"batch-size"_s).toInt(&ok);
        if (!ok || options.batchSize < 1 || options.batchSize > 500) {
            usageError(tr("--batch-size needs a whole number from 1 to 500."));
            return;
        }
    }

    QStringList ids;
    if (!readIds(&ids))
        return;
    if (!parser.isSet(u"yes"_s) && !confirm(static_cast<int>(ids.size()), options.force))
        return;

    m_engine = new BulkDeleteEngine(m_context.client, this);
    if (m_context.io->stderrIsTerminal && !m_context.json) {
        connect(m_engine, &BulkDeleteEngine::progressChanged, this, [this](int done, int total) {
            m_context.io->err << u'\r' << tr("Deleting… %1 of %2").arg(done).arg(total)
                              << Qt::flush;
        });
    }
    connect(m_engine, &BulkDeleteEngine::finished, this, &DialogsDeleteCommand::report);
    m_engine->start(ids, options);
}

int DialogsDeleteCommand::exitCode() const
{
    const BulkDeleteEngine::Summary summary = m_engine->summary();
    if (summary.notPermitted + summary.failed + summary.unknown + summary.notAttempted == 0)
        return ExitSuccess;
    // When nothing got through at all, say why in the exit code: credentials or reachability.
    if (summary.deleted + summary.alreadyGone + summary.notPermitted == 0) {
        const auto outcomes = m_engine->outcomes();
        const int first = exitCodeFor(outcomes.first().error);
        const bool same = std::all_of(outcomes.begin(), outcomes.end(),
                                      [first](const DeleteOutcome &outcome) {
                                          return exitCodeFor(outcome.error) == first;
                                      });
        if (same && (first == ExitAuthFailed || first == ExitUnreachable))
            return first;
    }
    return ExitPartial;
}

void DialogsDeleteCommand::report()
{
    const QList<DeleteOutcome> outcomes = m_engine->outcomes();
    const BulkDeleteEngine::Summary summary = m_engine->summary();
    QTextStream &out = m_context.io->out;
    if (m_context.io->stderrIsTerminal && !m_context.json)
        m_context.io->err << u'\r' << Qt::endl;

    if (m_context.json) {
        QJsonArray deleted, notFound, notPermitted, failed;
        for (const DeleteOutcome &outcome : outcomes) {
            switch (outcome.result) {
            case DeleteOutcome::Result::Deleted:
                deleted.append(outcome.id);
                break;
            case DeleteOutcome::Result::AlreadyGone:
                notFound.append(outcome.id);
                break;
            case DeleteOutcome::Result::NotPermitted:
                notPermitted.append(outcome.id);
                break;
            case DeleteOutcome::Result::Failed:
            case DeleteOutcome::Result::Unknown:
            case DeleteOutcome::Result::NotAttempted:
                failed.append(QJsonObject {
                        { u"id"_s, outcome.id },
                        { u"error"_s,
                          outcome.error.isError() ? outcome.error.message()
                                                  : DeleteOutcome::resultText(outcome.result) },
                        { u"result"_s, DeleteOutcome::resultName(outcome.result) } });
                break;
            }
        }
        const QJsonObject result {
            { u"requested"_s, static_cast<int>(outcomes.size()) },
            { u"deleted"_s, deleted },
            { u"not_found"_s, notFound },
            { u"not_permitted"_s, notPermitted },
            { u"failed"_s, failed },
            { u"force"_s, m_force },
            { u"on_behalf_of"_s,
              m_context.onBehalfOf ? QJsonValue(*m_context.onBehalfOf) : QJsonValue() },
        };
        out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact))
            << Qt::endl;
    } else {
        for (const DeleteOutcome &outcome : outcomes) {
            if (outcome.result == DeleteOutcome::Result::Deleted)
                continue;
            QString line = outcome.id + u"  "_s + DeleteOutcome::resultText(outcome.result);
            if (outcome.error.isError() && outcome.result != DeleteOutcome::Result::NotPermitted)
                line += u": "_s + outcome.error.message();
            out << line << Qt::endl;
        }
        out << summary.text();
        out << Qt::endl;
    }
    Q_EMIT finished(exitCode());
}
