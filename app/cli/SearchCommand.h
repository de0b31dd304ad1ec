// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "CtlCommand.h"
#include "index/SweepSearch.h"

#include <optional>

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

    // The search's text and filters from the command line; nothing, with *error, when wrong.
    static std::optional<SweepFilter> readFilter(const CtlContext &context, QString *error);
    struct CampaignQuery {
        int minDialogs = 5;
        qint64 windowSeconds = 86400;
        QDateTime since;
    };
    static std::optional<CampaignQuery> readCampaignQuery(
        const CtlContext &context, QString *error);

    // One found message or dialog as search --json prints it.
    static QJsonObject messageJson(const SweepMessageHit &hit);
    static QJsonObject dialogJson(const SweepDialogHit &hit);

private:
    void search();
    void campaigns();
    void printJson(const QJsonObject &object);

    Kind m_kind;
};
