// SPDX-License-Identifier: Apache-2.0

#include "JournalExport.h"

#include "support/InertText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {
QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QString actingText(const Journal::Run &run)
{
    return run.actingUserId ? QString::number(*run.actingUserId) : QString();
}
} // namespace

namespace JournalExport {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject runJson(const Journal::Run &run)
{
    return QJsonObject {
        { u"run_id"_s, run.id },
        { u"started_at"_s, timeJson(run.startedAt) },
        { u"finished_at"_s, timeJson(run.finishedAt) },
        { u"status"_s, run.status },
        { u"profile"_s, run.profile },
        { u"endpoint"_s, run.endpoint },
        { u"application_id"_s, run.applicationId ? QJsonValue(run.applicationId) : QJsonValue() },
        { u"auth_mode"_s, run.authMode },
        { u"moderator_name"_s, run.moderatorName },
        // Where a copied run was made (offline, local, team); null for a run made here.
        { u"origin"_s, run.origin.isEmpty() ? QJsonValue() : QJsonValue(run.origin) },
        { u"origin_key"_s, run.originKey },
        { u"operator_login"_s, run.operatorLogin },
        { u"api_key_fingerprint"_s, run.apiKeyFingerprint },
        { u"acting_user_id"_s, run.actingUserId ? QJsonValue(*run.actingUserId) : QJsonValue() },
        { u"mode"_s, RunKind::modeName(run.mode) },
        { u"target"_s, RunKind::targetName(run.target) },
        { u"reason"_s, run.reason },
        { u"protection_overridden"_s, run.protectionOverridden },
        { u"subject_user_id"_s, run.subjectUserId ? QJsonValue(*run.subjectUserId) : QJsonValue() },
        { u"index_query"_s, run.indexQuery.isEmpty() ? QJsonValue() : QJsonValue(run.indexQuery) },
        { u"ids"_s, run.itemCount },
        { u"unsettled"_s, run.unsettledCount },
    };
}

QJsonObject itemJson(const Journal::Item &item)
{
    return QJsonObject {
        { u"id"_s, item.objectId },
        { u"container_id"_s,
            item.containerId.isEmpty() ? QJsonValue() : QJsonValue(item.containerId) },
        { u"state"_s, Journal::stateName(item.state) },
        { u"outcome"_s, item.outcome.isEmpty() ? QJsonValue() : QJsonValue(item.outcome) },
        { u"error"_s, item.error.isEmpty() ? QJsonValue() : QJsonValue(item.error) },
        { u"sent_at"_s, timeJson(item.sentAt) },
        { u"answered_at"_s, timeJson(item.answeredAt) },
        { u"settled_at"_s, timeJson(item.settledAt) },
        { u"settled_by"_s, item.settledBy.isEmpty() ? QJsonValue() : QJsonValue(item.settledBy) },
        { u"protection_overridden"_s, item.protectionOverridden },
    };
}

QJsonObject evidenceJson(const Journal::Evidence &evidence)
{
    return QJsonObject {
        { u"dialog_id"_s, evidence.dialogId },
        { u"collected_at"_s, timeJson(evidence.collectedAt) },
        { u"dialog"_s, evidence.dialog.isEmpty() ? QJsonValue() : QJsonValue(evidence.dialog) },
        { u"messages"_s, evidence.messages },
        { u"error"_s, evidence.error.isEmpty() ? QJsonValue() : QJsonValue(evidence.error) },
    };
}

QJsonObject fullRunJson(const Journal &journal, const Journal::Run &run)
{
    QJsonObject object = runJson(run);
    QJsonArray itemArray, evidenceArray;
    const QList<Journal::Item> items = journal.items(run.id);
    const QHash<QString, QString> names = journal.dialogNames(run.id);
    for (const Journal::Item &item : items) {
        QJsonObject itemObject = itemJson(item);
        const QString name
            = names.value(item.containerId.isEmpty() ? item.objectId : item.containerId);
        itemObject.insert(u"dialog_name"_s, name.isEmpty() ? QJsonValue() : QJsonValue(name));
        itemArray.append(itemObject);
    }
    const QList<Journal::Evidence> evidence = journal.evidence(run.id);
    for (const Journal::Evidence &record : evidence)
        evidenceArray.append(evidenceJson(record));
    object.insert(u"items"_s, itemArray);
    object.insert(u"evidence"_s, evidenceArray);
    QJsonArray eventArray;
    const QList<Journal::Event> events = journal.events(run.id);
    for (const Journal::Event &event : events)
        eventArray.append(QJsonObject { { u"at"_s, timeText(event.at) }, { u"name"_s, event.name },
            { u"detail"_s, event.detail } });
    object.insert(u"events"_s, eventArray);
    return object;
}

QByteArray toJson(const Journal &journal, const QList<Journal::Run> &runs)
{
    QJsonArray array;
    for (const Journal::Run &run : runs)
        array.append(fullRunJson(journal, run));
    return QJsonDocument(QJsonObject { { u"runs"_s, array } }).toJson(QJsonDocument::Indented);
}

QString toCsv(const Journal &journal, const QList<Journal::Run> &runs)
{
    // One line per id with its run's details: the shape spreadsheets and grep want. Columns
    // added later go at the end, so that older readers keep their positions.
    const QStringList header { u"run_id"_s, u"started_at"_s, u"finished_at"_s, u"status"_s,
        u"profile"_s, u"endpoint"_s, u"application_id"_s, u"auth_mode"_s, u"operator_login"_s,
        u"api_key_fingerprint"_s, u"acting_user_id"_s, u"mode"_s, u"target"_s, u"reason"_s,
        u"protection_overridden"_s, u"id"_s, u"state"_s, u"outcome"_s, u"error"_s, u"sent_at"_s,
        u"answered_at"_s, u"settled_at"_s, u"settled_by"_s, u"subject_user_id"_s, u"container_id"_s,
        u"item_protection_overridden"_s, u"dialog_name"_s, u"index_query"_s };
    QString csv = header.join(u',') + u"\r\n"_s;
    for (const Journal::Run &run : runs) {
        const QList<Journal::Item> items = journal.items(run.id);
        const QHash<QString, QString> names = journal.dialogNames(run.id);
        for (const Journal::Item &item : items) {
            const QStringList fields {
                QString::number(run.id),
                timeText(run.startedAt),
                timeText(run.finishedAt),
                run.status,
                run.profile,
                run.endpoint,
                run.applicationId ? QString::number(run.applicationId) : QString(),
                run.authMode,
                run.operatorLogin,
                run.apiKeyFingerprint,
                actingText(run),
                RunKind::modeName(run.mode),
                RunKind::targetName(run.target),
                run.reason,
                run.protectionOverridden ? u"1"_s : u"0"_s,
                item.objectId,
                Journal::stateName(item.state),
                item.outcome,
                item.error,
                timeText(item.sentAt),
                timeText(item.answeredAt),
                timeText(item.settledAt),
                item.settledBy,
                run.subjectUserId ? QString::number(*run.subjectUserId) : QString(),
                item.containerId,
                item.protectionOverridden ? u"1"_s : u"0"_s,
                names.value(item.containerId.isEmpty() ? item.objectId : item.containerId),
                run.indexQuery.isEmpty()
                    ? QString()
                    : QString::fromUtf8(
                        QJsonDocument(run.indexQuery).toJson(QJsonDocument::Compact)),
            };
            QStringList quoted;
            for (const QString &field : fields)
                quoted.append(InertText::csvCell(field));
            csv += quoted.join(u',') + u"\r\n"_s;
        }
    }
    return csv;
}

} // namespace JournalExport
