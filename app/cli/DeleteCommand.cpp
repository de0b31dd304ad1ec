// SPDX-License-Identifier: Apache-2.0

#include "DeleteCommand.h"

#include "api/ApiClient.h"
#include "api/endpoints/ListMessagesEndpoint.h"
#include "domain/ObjectId.h"
#include "moderation/ModerationRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <memory>

using namespace Qt::StringLiterals;

QStringList DeleteCommand::idsFromText(const QString &text)
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

bool DeleteCommand::readIds(QStringList *ids)
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
        const QString listed
            = shown.join(u", "_s) + (invalid.size() > shown.size() ? u", …"_s : QString());
        const int count = static_cast<int>(invalid.size());
        usageError(m_target == Target::Dialogs
                ? tr("%n id(s) are not dialog ids (24 hexadecimal digits): %1. Nothing was sent.",
                    nullptr, count)
                      .arg(listed)
                : tr("%n id(s) are not message ids (24 hexadecimal digits): %1. Nothing was "
                     "sent.",
                    nullptr, count)
                      .arg(listed));
        return false;
    }
    if (ids->isEmpty()) {
        usageError(
            m_target == Target::Dialogs ? tr("No dialog ids given.") : tr("No message ids given."));
        return false;
    }
    return true;
}

QString DeleteCommand::question(const DeletionPlan &plan, QString *expectedAnswer) const
{
    const int count = plan.itemCount();
    const QString who
        = m_context.onBehalfOf ? plan.actingUserDescription() : tr("the signed-in account");
    if (!plan.isForce()) {
        expectedAnswer->clear();
        return (m_target == Target::Dialogs
                       ? tr("Remove %n dialog(s) from the list of %1 only; the other members "
                            "keep them.",
                           nullptr, count)
                             .arg(who)
                       : tr("Delete %n message(s) for %1 only; the other members keep them.",
                           nullptr, count)
                             .arg(who))
            + u'\n' + tr("Continue? [y/N] ");
    }
    *expectedAnswer = QString::number(count);
    QString text = m_target == Target::Dialogs
        ? tr("Delete %n dialog(s) for everyone, with every message. This cannot be undone.",
            nullptr, count)
        : tr("Delete %n message(s) for everyone. This cannot be undone.", nullptr, count);
    if (plan.isForcedByCredentials())
        text += u'\n'
            + tr("With an API key and no --on-behalf-of, QuickBlox deletes for every member.");
    return text + u'\n' + tr("Type %1 to confirm: ").arg(count);
}

QString DeleteCommand::declinedText() const
{
    return tr("Nothing was deleted.");
}

void DeleteCommand::addJsonFields(QJsonObject *report) const
{
    report->insert(u"force"_s, run()->plan().isForce());
}

DeleteCommand::DeleteCommand(const CtlContext &context, Target target, QObject *parent)
    : CtlRunCommand(context, parent)
    , m_target(target)
{
}

void DeleteCommand::start()
{
    const QCommandLineParser &parser = *m_context.parser;
    std::optional<DeletionPlan> plan
        = basePlan(m_target == Target::Dialogs ? DeletionPlan::Target::Dialogs
                                               : DeletionPlan::Target::Messages);
    if (!plan)
        return;
    plan->mode = parser.isSet(u"force"_s) ? DeletionPlan::Mode::ForEveryone
                                          : DeletionPlan::Mode::FromActingUsersList;
    // Evidence is about dialogs: a message deleted for everyone is its own record.
    if (m_target == Target::Messages)
        plan->keepEvidence = false;
    if (parser.isSet(u"batch-size"_s)) {
        bool ok = false;
        plan->batchSize = parser.value(u"batch-size"_s).toInt(&ok);
        if (!ok || plan->batchSize < 1 || plan->batchSize > 500) {
            usageError(tr("--batch-size needs a whole number from 1 to 500."));
            return;
        }
    }
    QStringList ids;
    if (!readIds(&ids))
        return;
    if (m_target == Target::Dialogs) {
        for (const QString &id : std::as_const(ids)) {
            Dialog dialog;
            dialog.id = id;
            plan->dialogs.append(dialog);
        }
    } else {
        for (const QString &id : std::as_const(ids)) {
            Message message;
            message.id = id;
            plan->messages.append(message);
        }
        if (parser.isSet(u"dialog"_s)) {
            Dialog dialog;
            dialog.id = parser.value(u"dialog"_s).trimmed();
            if (!ObjectId::isValid(dialog.id)) {
                usageError(
                    tr("\"%1\" is not a dialog id (24 hexadecimal digits). Nothing was sent.")
                        .arg(dialog.id));
                return;
            }
            plan->dialogs.append(dialog);
        }
    }
    if (parser.isSet(u"dry-run"_s)) {
        // Exactly what the engine would hand to the client, batch by batch.
        finishDryRun(plan->plannedRequests());
        return;
    }
    if (m_target == Target::Messages && !plan->dialogs.isEmpty()) {
        if (ModerationRun::refusalOf(*plan)) {
            execute(*plan); // says why, and sends nothing
            return;
        }
        checkMessagesAreInDialog(*plan);
        return;
    }
    execute(*plan);
}

void DeleteCommand::checkMessagesAreInDialog(const DeletionPlan &plan)
{
    // The journal records --dialog as each message's dialog, and reconcile later looks the
    // message up there: a wrong dialog would make a message still present look gone. So every
    // message must be found in it, as the acting user sees it, before anything is deleted.
    constexpr int chunkSize = ListMessagesEndpoint::defaultPageSize;
    auto found = std::make_shared<QSet<QString>>();
    auto waiting = std::make_shared<int>(0);
    auto failed = std::make_shared<bool>(false);
    const QStringList ids = plan.itemIds();
    const QString dialogId = plan.dialogs.first().id;
    for (qsizetype first = 0; first < ids.size(); first += chunkSize) {
        MessageQuery query;
        query.dialogId = dialogId;
        query.messageIds = ids.mid(first, chunkSize);
        query.onBehalfOf = plan.onBehalfOf;
        ++*waiting;
        m_context.client->send(ListMessagesEndpoint::build(query, 0, chunkSize), this,
            [this, plan, ids, dialogId, found, waiting, failed](const ApiReply &reply) {
                --*waiting;
                if (*failed)
                    return;
                const auto page = ListMessagesEndpoint::parse(reply);
                if (!page.ok()) {
                    *failed = true;
                    failWith(page.error);
                    return;
                }
                for (const Message &message : page.value.items)
                    found->insert(message.id);
                if (*waiting > 0)
                    return;
                QStringList missing;
                for (const QString &id : ids) {
                    if (!found->contains(id))
                        missing.append(id);
                }
                if (!missing.isEmpty()) {
                    usageError(tr("%n message(s) are not in dialog %1 as the acting user sees it "
                                  "(already deleted, or in another dialog): %2. Nothing was "
                                  "deleted.",
                        nullptr, static_cast<int>(missing.size()))
                                   .arg(dialogId, missing.join(u", "_s)));
                    return;
                }
                execute(plan);
            });
    }
}
