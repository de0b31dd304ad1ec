#pragma once

#include "CtlCommand.h"
#include "domain/Dialog.h"

#include <QMap>

class DialogCollector;

// qbmodctl dialogs list [--type 1,2,3] [--name-contains TEXT] [--limit N | --all]
//                       [--on-behalf-of USER_ID] [--json]
class DialogsListCommand final : public CtlCommand {
    Q_OBJECT

public:
    using CtlCommand::CtlCommand;
    void start() override;

private:
    void print();

    DialogCollector *m_collector = nullptr;
    QMap<int, QList<Dialog>> m_pages; // by offset, to print in the server's order
};
