// SPDX-License-Identifier: Apache-2.0

#include "SweepActCommand.h"

#include "IndexCommand.h"
#include "SearchCommand.h"
#include "SelectionsCommand.h"
#include "index/SweepIndex.h"
#include "moderation/ModerationRun.h"

#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

SweepActCommand::SweepActCommand(Source source, const CtlContext &context, QObject *parent)
    : CtlRunCommand(context, parent)
    , m_source(source)
{
}

SweepActCommand::~SweepActCommand() = default;

void SweepActCommand::start()
{
    const QCommandLineParser &parser = *m_context.parser;
    qint64 senderId = 0;
    if (parser.isSet(u"remove-sender"_s)) {
        bool ok = false;
        senderId = parser.value(u"remove-sender"_s).toLongLong(&ok);
        if (!ok || senderId <= 0) {
            usageError(tr("--remove-sender needs the id of the user to remove (a positive "
                          "number)."));
            return;
        }
        if (parser.isSet(u"delete-dialogs"_s)) {
            usageError(tr("Give either --delete-dialogs or --remove-sender, not both."));
            return;
        }
        if (parser.isSet(u"force"_s)) {
            usageError(tr("--force is for --delete-dialogs."));
            return;
        }
        m_action = SweepPlan::Action::RemoveSender;
    }

    SweepSelection selection;
    QString problem;
    std::optional<SweepCampaign> campaign;
    if (m_source == Source::Search) {
        const std::optional<SweepFilter> filter = SearchCommand::readFilter(m_context, &problem);
        if (!filter) {
            usageError(problem);
            return;
        }
        selection.kind = SweepSelection::Kind::Phrase;
        selection.name = u"search"_s;
        selection.filter = *filter;
    } else if (m_source == Source::Selection) {
        if (m_context.arguments.size() != 1) {
            usageError(tr("selections run needs the name of one selection."));
            return;
        }
        if (IndexCommand::lacksLocalIndex(m_context)) {
            usageError(tr("No index yet; run qbmodctl index update. Nothing was sent."));
            return;
        }
        m_indexForRun = IndexCommand::openIndex(m_context);
        if (!m_indexForRun) {
            Q_EMIT finished(ExitUsage);
            return;
        }
        const std::optional<SweepSelection> saved
            = SelectionsCommand::find(m_context, SweepSearch(*m_indexForRun), &problem);
        if (!saved) {
            usageError(problem + u' ' + tr("Nothing was sent."));
            return;
        }
        selection = *saved;
    } else {
        const auto query = SearchCommand::readCampaignQuery(m_context, &problem);
        if (!query) {
            usageError(problem);
            return;
        }
        bool ok = false;
        selection.kind = SweepSelection::Kind::Campaign;
        selection.name = u"campaign"_s;
        selection.textHash = parser.value(u"campaign"_s).toLongLong(&ok);
        selection.windowSeconds = query->windowSeconds;
        if (!parser.isSet(u"campaign"_s) || !ok) {
            usageError(tr("Acting on campaigns needs one: --campaign CAMPAIGN, as \"qbmodctl "
                          "campaigns\" lists it."));
            return;
        }
        m_indexForRun = IndexCommand::openIndex(m_context);
        if (!m_indexForRun) {
            Q_EMIT finished(ExitUsage);
            return;
        }
        const QList<SweepCampaign> found
            = SweepSearch(*m_indexForRun)
                  .campaigns(query->minDialogs, query->windowSeconds, query->since);
        const auto it = std::find_if(found.cbegin(), found.cend(),
            [&](const SweepCampaign &one) { return one.textHash == selection.textHash; });
        if (it == found.cend()) {
            usageError(tr("No campaign %1 with these options in the index. Nothing was sent.")
                           .arg(selection.textHash));
            return;
        }
        campaign = *it;
    }
    if (!m_indexForRun)
        m_indexForRun = IndexCommand::openIndex(m_context);
    if (!m_indexForRun) {
        Q_EMIT finished(ExitUsage);
        return;
    }
    const SweepSearch search(*m_indexForRun);
    SweepSelectionItems items;
    if (campaign) {
        // What the listing showed for this campaign, not every message with its text.
        items.messageIds = campaign->messageIds;
        items.dialogIds = campaign->dialogIds;
        items.senderIds = campaign->senderIds;
    } else {
        items = search.run(selection, QDateTime::currentDateTimeUtc());
    }
    if (m_source == Source::Selection) {
        // Counted again now, and said before any question or request.
        m_context.io->err << SelectionsCommand::countText(selection, items) << Qt::endl;
    }

    std::optional<DeletionPlan> base = basePlan(DeletionPlan::Target::Dialogs);
    if (!base)
        return;
    if (parser.isSet(u"force"_s))
        base->mode = DeletionPlan::Mode::ForEveryone;
    const std::optional<DeletionPlan> plan
        = SweepPlan::build(*base, m_action, search, selection, items, senderId, &problem);
    if (!plan) {
        usageError(problem + u' ' + tr("Nothing was sent."));
        return;
    }
    if (parser.isSet(u"dry-run"_s)) {
        finishDryRun(plan->plannedRequests());
        return;
    }
    execute(*plan);
}

QString SweepActCommand::question(const DeletionPlan &plan, QString *expectedAnswer) const
{
    const int count = plan.itemCount();
    const QString checked = tr("Found in the local index; each is checked with the server "
                               "first.");
    if (plan.target == DeletionPlan::Target::Members) {
        expectedAnswer->clear();
        return tr("Remove %1 from %n dialog(s).", nullptr, count).arg(plan.subjectUserDescription())
            + u'\n' + checked + u'\n' + tr("Continue? [y/N] ");
    }
    if (!plan.isForce()) {
        expectedAnswer->clear();
        return tr("Remove %n dialog(s) from the acting user's list only; the other members keep "
                  "them.",
                   nullptr, count)
            + u'\n' + checked + u'\n' + tr("Continue? [y/N] ");
    }
    *expectedAnswer = QString::number(count);
    QString text = tr("Delete %n dialog(s) for everyone, with every message. This cannot be "
                      "undone.",
        nullptr, count);
    if (plan.isForcedByCredentials())
        text += u'\n'
            + tr("With an API key and no --on-behalf-of, QuickBlox deletes for every member.");
    return text + u'\n' + checked + u'\n' + tr("Type %1 to confirm: ").arg(count);
}

QString SweepActCommand::declinedText() const
{
    return m_action == SweepPlan::Action::RemoveSender ? tr("Nobody was removed.")
                                                       : tr("Nothing was deleted.");
}

void SweepActCommand::addJsonFields(QJsonObject *report) const
{
    report->insert(u"index_query"_s, run()->plan().indexQuery);
    if (run()->plan().target == DeletionPlan::Target::Members)
        report->insert(u"user_id"_s, run()->plan().subjectUserId);
    else
        report->insert(u"force"_s, run()->plan().isForce());
}
