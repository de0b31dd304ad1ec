#pragma once

#include "CtlIo.h"
#include "api/RetryPolicy.h"

#include <QCommandLineParser>
#include <QObject>

#include <optional>

class ApiClient;
class CtlCommand;

// qbmodctl: reads the arguments and environment, configures the client, runs one command and
// reports its exit code through finished(). Options may stand before or after the command words.
class CtlApplication final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CtlApplication)

public:
    explicit CtlApplication(CtlIo *io, QObject *parent = nullptr);

    // Tests pass a table of milliseconds so that nothing waits through real back-off times.
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    // arguments[0] is the program name, as in QCoreApplication::arguments().
    void start(const QStringList &arguments);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void addOptions();
    QString usageText() const;
    void finishWith(int exitCode);
    bool configureClient();
    bool checkOptionsBelongTo(const QString &command);
    std::optional<int> readIntOption(const QString &name, int minimum, int maximum);

    CtlIo *m_io;
    QCommandLineParser m_parser;
    std::optional<RetryPolicy> m_retryPolicy;
    ApiClient *m_client = nullptr;
    CtlCommand *m_command = nullptr;
};
