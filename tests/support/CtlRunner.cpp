// SPDX-License-Identifier: Apache-2.0

#include "CtlRunner.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

QJsonObject CtlRun::json() const
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

CtlRun runCtl(const CtlInvocation &invocation)
{
    QBuffer out, err, in;
    in.setData(invocation.input);
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    in.open(QIODevice::ReadOnly);
    CtlIo io(&out, &err, &in);
    io.stdinIsTerminal = invocation.stdinIsTerminal;
    io.environment = invocation.environment;
    CtlApplication application(&io);
    application.setRetryPolicy(RetryPolicy::immediateForTests());
    if (invocation.configure)
        invocation.configure(application);
    QSignalSpy finished(&application, &CtlApplication::finished);
    application.start(QStringList { u"qbmodctl"_s } + invocation.arguments);
    CtlRun run;
    if (finished.wait(invocation.timeoutMs))
        run.exitCode = finished.first().first().toInt();
    io.out.flush();
    io.err.flush();
    run.out = QString::fromUtf8(out.data());
    run.err = QString::fromUtf8(err.data());
    return run;
}
