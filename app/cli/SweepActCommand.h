// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "CtlRunCommand.h"
#include "index/SweepPlan.h"

#include <memory>

class SweepIndex;

// qbmodctl search TEXT [filters] (--delete-dialogs [--force] | --remove-sender USER_ID) …
// qbmodctl campaigns --campaign CAMPAIGN [--min-dialogs N] [--within 24h] (--delete-dialogs …
//                    | --remove-sender USER_ID) …
// qbmodctl selections run NAME (--delete-dialogs [--force] | --remove-sender USER_ID) …
// Acts on what the local index found: the core's SweepPlan turns it into a DeletionPlan that
// carries the query, and ModerationRun checks each item with the server before acting and
// journals the query with the run, exactly as the console's Sweep page does.
class SweepActCommand final : public CtlRunCommand {
    Q_OBJECT

public:
    enum class Source { Search, Campaign, Selection };

    SweepActCommand(Source source, const CtlContext &context, QObject *parent = nullptr);
    ~SweepActCommand() override;
    void start() override;

protected:
    QString question(const DeletionPlan &plan, QString *expectedAnswer) const override;
    QString declinedText() const override;
    void addJsonFields(QJsonObject *report) const override;

private:
    Source m_source;
    std::unique_ptr<SweepIndex> m_indexForRun;
    SweepPlan::Action m_action = SweepPlan::Action::DeleteDialogs;
};
