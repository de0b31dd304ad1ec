#pragma once

#include "CtlCommand.h"
#include "api/ApiRequest.h"
#include "domain/ChatUser.h"

// qbmodctl users list [--search TEXT] [--limit N] [--json]
// TEXT is a user id (digits), an email (has '@'), or part of a full name (3 characters or more,
// also tried as an exact login).
class UsersListCommand final : public CtlCommand
{
    Q_OBJECT

public:
    using CtlCommand::CtlCommand;
    void start() override;

private:
    void lookUp(const ApiRequest &request);
    void onAnswered(const ApiReply &reply, bool singleUser);
    void print();

    int m_limit = 100;
    int m_outstanding = 0;
    int m_totalEntries = 0;
    QList<ChatUser> m_users;
    ApiError m_error;
};
