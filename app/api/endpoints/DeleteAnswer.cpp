// SPDX-License-Identifier: Apache-2.0

#include "DeleteAnswer.h"

#include "domain/JsonValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

static QStringList idsOfBucket(const QJsonObject &object, const QString &key, bool *present)
{
    const QJsonValue bucket = object.value(key);
    if (bucket.isUndefined() || bucket.isNull())
        return {};
    *present = true;
    const QJsonValue ids = bucket.isObject() ? bucket.toObject().value(u"ids"_s) : bucket;
    QStringList result;
    const QJsonArray array = ids.toArray();
    for (const QJsonValue &id : array) {
        const QString text = JsonValues::toText(id);
        if (!text.isEmpty())
            result.append(text);
    }
    return result;
}

DeleteAnswer::Buckets DeleteAnswer::parseBuckets(const QByteArray &body, bool *isJsonObject)
{
    Buckets buckets;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (isJsonObject)
        *isJsonObject = document.isObject();
    if (!document.isObject())
        return buckets;
    const QJsonObject object = document.object();
    buckets.deleted = idsOfBucket(object, u"SuccessfullyDeleted"_s, &buckets.present);
    buckets.notFound = idsOfBucket(object, u"NotFound"_s, &buckets.present);
    buckets.wrongPermissions = idsOfBucket(object, u"WrongPermissions"_s, &buckets.present);
    return buckets;
}

static DeleteOutcome outcome(
    const QString &id, DeleteOutcome::Result result, const ApiError &error = {})
{
    return DeleteOutcome { id, result, error };
}

DeleteAnswer::Interpretation DeleteAnswer::interpret(const QStringList &ids, const ApiReply &reply)
{
    Interpretation answer;
    const bool single = ids.size() == 1;

    if (!reply.isSuccess()) {
        const ApiError &error = reply.error;
        switch (error.kind()) {
        case ApiError::Kind::Forbidden:
        case ApiError::Kind::NotFound:
            if (!single) {
                answer.splitBatch = true;
                return answer;
            }
            answer.outcomes.append(outcome(ids.first(),
                error.kind() == ApiError::Kind::Forbidden ? DeleteOutcome::Result::NotPermitted
                                                          : DeleteOutcome::Result::AlreadyGone,
                error));
            return answer;
        case ApiError::Kind::Cancelled:
        case ApiError::Kind::Network:
        case ApiError::Kind::Timeout: {
            // Without an answer we cannot know whether a request that left was carried out.
            const auto result = reply.wasSent ? DeleteOutcome::Result::Unknown
                                              : DeleteOutcome::Result::NotAttempted;
            for (const QString &id : ids)
                answer.outcomes.append(outcome(id, result, error));
            return answer;
        }
        default: {
            // An error now says nothing about an earlier attempt that went unanswered.
            const auto result = reply.unansweredAttempts > 0 ? DeleteOutcome::Result::Unknown
                                                             : DeleteOutcome::Result::Failed;
            for (const QString &id : ids)
                answer.outcomes.append(outcome(id, result, error));
            return answer;
        }
        }
    }

    const QByteArray body = reply.body.trimmed();
    bool isJsonObject = false;
    const Buckets buckets = parseBuckets(body, &isJsonObject);
    const bool emptyBody = body.isEmpty() || body == "null" || body == "{}";

    if (!buckets.present) {
        if (single && emptyBody) {
            answer.outcomes.append(outcome(ids.first(), DeleteOutcome::Result::Deleted));
        } else if (!single && (emptyBody || isJsonObject)) {
            // A success that names no ids does not say which of several were deleted.
            answer.resendEach = ids;
        } else {
            const ApiError error(ApiError::Kind::BadResponse, reply.httpStatus, {},
                u"unreadable answer to a delete"_s);
            for (const QString &id : ids)
                answer.outcomes.append(outcome(id, DeleteOutcome::Result::Unknown, error));
        }
        return answer;
    }

    const QSet<QString> deleted(buckets.deleted.cbegin(), buckets.deleted.cend());
    const QSet<QString> notFound(buckets.notFound.cbegin(), buckets.notFound.cend());
    const QSet<QString> wrongPermissions(
        buckets.wrongPermissions.cbegin(), buckets.wrongPermissions.cend());
    for (const QString &id : ids) {
        if (deleted.contains(id)) {
            answer.outcomes.append(outcome(id, DeleteOutcome::Result::Deleted));
        } else if (wrongPermissions.contains(id)) {
            answer.outcomes.append(outcome(id, DeleteOutcome::Result::NotPermitted,
                ApiError(ApiError::Kind::Forbidden, reply.httpStatus, { u"WrongPermissions"_s })));
        } else if (notFound.contains(id)) {
            answer.outcomes.append(outcome(id, DeleteOutcome::Result::AlreadyGone));
        } else if (!single) {
            answer.resendEach.append(id);
        } else {
            answer.outcomes.append(outcome(id, DeleteOutcome::Result::Unknown,
                ApiError(ApiError::Kind::BadResponse, reply.httpStatus, {},
                    u"the answer did not mention this id"_s)));
        }
    }
    return answer;
}
