// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "CtlCommand.h"

#include <memory>

class SweepCrawler;
class SweepIndex;

// qbmodctl index update|status|forget: the local index of the connected application.
class IndexCommand final : public CtlCommand {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndexCommand)

public:
    IndexCommand(const QString &action, const CtlContext &context, QObject *parent = nullptr);
    ~IndexCommand() override;

    void start() override;

    // The index file for this command: --index PATH, or the one beside the journal for the
    // connected application. Empty, with a usage error printed, when neither can be known.
    static QString indexPath(const CtlContext &context);
    // Whether the index is the team database's (the store is one and no --index is given).
    static bool isInTeamDatabase(const CtlContext &context);
    // No index file on this computer where one is wanted (a team database's index is there once
    // its owner opened it): nothing to read, forget or keep selections in, and none is made.
    static bool lacksLocalIndex(const CtlContext &context);
    // Opens it (the file, or the application's index in the team database), printing why not;
    // nothing when it cannot be used.
    static std::unique_ptr<SweepIndex> openIndex(const CtlContext &context);

private:
    void update();
    void printStatus();
    void forget();

    QString m_action;
    std::unique_ptr<SweepIndex> m_index;
    SweepCrawler *m_crawler = nullptr;
};
