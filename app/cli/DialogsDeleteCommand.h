#pragma once

#include "CtlCommand.h"

class BulkDeleteEngine;

// qbmodctl dialogs delete [--force] [--on-behalf-of USER_ID] [--batch-size N] [--yes] [--json]
//                         (ID... | --from-file FILE | --from-file -)
class DialogsDeleteCommand final : public CtlCommand
{
    Q_OBJECT

public:
    using CtlCommand::CtlCommand;
    void start() override;

    // Ids separated by whitespace, commas or new lines; '#' starts a comment.
    static QStringList idsFromText(const QString &text);

private:
    bool readIds(QStringList *ids);
    bool confirm(int count, bool force);
    void report();
    int exitCode() const;

    BulkDeleteEngine *m_engine = nullptr;
    bool m_force = false;
};
