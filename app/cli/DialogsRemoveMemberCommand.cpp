// SPDX-License-Identifier: Apache-2.0

#include "DialogsRemoveMemberCommand.h"

#include "DeleteCommand.h"
#include "api/ApiClient.h"
#include "domain/ObjectId.h"
#include "moderation/ModerationRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

void DialogsRemoveMemberCommand::start()
{
    const QCommandLineParser &parser = *m_context.parser;
    bool ok = false;
    const qint64 userId = parser.value(u"user"_s).toLongLong(&ok);
    if (!parser.isSet(u"user"_s) || !ok || userId <= 0) {
        usageError(tr("--user needs the id of the user to remove (a positive number)."));
        return;
    }
    QStringList raw;
    for (const QString &argument : std::as_const(m_context.arguments))
        raw.append(DeleteCommand::idsFromText(argument));
    QStringList invalid;
    const QStringList ids = ObjectId::normalised(raw, &invalid);
    if (!invalid.isEmpty()) {
        usageError(tr("%n id(s) are not dialog ids (24 hexadecimal digits): %1. Nothing was sent.",
            nullptr, static_cast<int>(invalid.size()))
                       .arg(invalid.mid(0, 5).join(u", "_s)));
        return;
    }
    if (ids.isEmpty()) {
        usageError(tr("No dialog ids given."));
        return;
    }
    std::optional<DeletionPlan> plan = basePlan(DeletionPlan::Target::Members);
    if (!plan)
        return;
    plan->subjectUserId = userId;
    for (const QString &id : ids) {
        Dialog dialog;
        dialog.id = id;
        plan->dialogs.append(dialog);
    }
    if (parser.isSet(u"dry-run"_s)) {
        finishDryRun(plan->plannedRequests());
        return;
    }
    execute(*plan);
}

QString DialogsRemoveMemberCommand::question(
    const DeletionPlan &plan, QString *expectedAnswer) const
{
    expectedAnswer->clear();
    return tr("Remove user %1 from %n dialog(s)?", nullptr, plan.itemCount())
               .arg(plan.subjectUserId)
        + u'\n' + tr("Continue? [y/N] ");
}

QString DialogsRemoveMemberCommand::declinedText() const
{
    return tr("Nobody was removed.");
}

void DialogsRemoveMemberCommand::addJsonFields(QJsonObject *report) const
{
    report->insert(u"user_id"_s, run()->plan().subjectUserId);
}
