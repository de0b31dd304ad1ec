// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "CtlCommand.h"
#include "index/SweepSearch.h"

#include <optional>

class SweepIndex;

// qbmodctl selections list|save|run|delete: the saved selections the Sweep page keeps in the
// index, each counted again on demand. Acting on one (selections run NAME --delete-dialogs …)
// is SweepActCommand's.
class SelectionsCommand final : public CtlCommand {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelectionsCommand)

public:
    SelectionsCommand(const QString &action, const CtlContext &context, QObject *parent = nullptr);
    ~SelectionsCommand() override;
    void start() override;

    // The saved selection NAME (the command's one argument); nothing, with a usage error
    // printed, when there is no such selection.
    static std::optional<SweepSelection> find(
        const CtlContext &context, const SweepSearch &search, QString *error);
    // The selection's count now, for people, before anything is shown or done.
    static QString countText(const SweepSelection &selection, const SweepSelectionItems &items);

private:
    void list();
    void save();
    void runSelection();
    void remove();
    std::optional<SweepSelection> readSelection(QString *error) const;
    void printJson(const QJsonObject &object);

    QString m_action;
    std::unique_ptr<SweepIndex> m_index;
};
