// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "CtlCommand.h"

// qbmodctl search TEXT and qbmodctl campaigns: queries over the local index, no request sent.
class SearchCommand final : public CtlCommand {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchCommand)

public:
    enum class Kind { Search, Campaigns };

    SearchCommand(Kind kind, const CtlContext &context, QObject *parent = nullptr);
    void start() override;

    // "24h", "90m", "2d", "3600s" or plain seconds; 0 when it cannot be read.
    static qint64 parseDuration(const QString &text);

private:
    void search();
    void campaigns();
    void printJson(const QJsonObject &object);

    Kind m_kind;
};
