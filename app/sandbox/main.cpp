// SPDX-License-Identifier: Apache-2.0

// qbmod-sandbox: serves the QuickBlox-compatible sandbox until interrupted. The first line on
// stdout is the connection information as one line of JSON; logs go to stderr.

#include "sandbox/SandboxCommunityBuilder.h"
#include "sandbox/SandboxServer.h"
#include "support/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

volatile std::sig_atomic_t stopRequested = 0;

extern "C" void requestStop(int)
{
    stopRequested = 1;
}

// The translation context of the command line's texts.
class SandboxCommandLine final {
    Q_DECLARE_TR_FUNCTIONS(SandboxCommandLine)
};

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(u"qbmod-sandbox: "_s + message));
    std::exit(2);
}

qint64 integerOption(const QCommandLineParser &parser, const QCommandLineOption &option,
    qint64 minimum, qint64 maximum)
{
    const QString text = parser.value(option);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        fail(SandboxCommandLine::tr("--%1 must be a whole number from %2 to %3, not \"%4\".")
                 .arg(option.names().constFirst())
                 .arg(minimum)
                 .arg(maximum)
                 .arg(text));
    return value;
}

double rateOption(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    const QString text = parser.value(option);
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < 0.0 || value > 1.0)
        fail(SandboxCommandLine::tr("--%1 must be a number from 0 to 1, not \"%2\".")
                 .arg(option.names().constFirst(), text));
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"qbmod-sandbox"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Version::text));

    const SandboxOptions defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        SandboxCommandLine::tr("A local stand-in for the QuickBlox REST API with a generated demo "
                               "community. Prints the connection information as one line of JSON, "
                               "then serves until interrupted."));
    const QCommandLineOption port(u"port"_s,
        SandboxCommandLine::tr("Port to listen on; 0 picks a free one."),
        SandboxCommandLine::tr("N"), QString::number(defaults.port));
    const QCommandLineOption bind(u"bind"_s,
        SandboxCommandLine::tr("Address to listen on (default %1).")
            .arg(defaults.address.toString()),
        SandboxCommandLine::tr("ADDRESS"), defaults.address.toString());
    const QCommandLineOption dialogs(u"dialogs"_s,
        SandboxCommandLine::tr("Number of demo dialogs (default %1).").arg(defaults.dialogs),
        SandboxCommandLine::tr("N"), QString::number(defaults.dialogs));
    const QCommandLineOption seed(u"seed"_s,
        SandboxCommandLine::tr("Seed of the demo community and of the faults (default %1).")
            .arg(defaults.seed),
        SandboxCommandLine::tr("N"), QString::number(defaults.seed));
    const QCommandLineOption latency(u"latency-ms"_s,
        SandboxCommandLine::tr("Delay added to every answer, in milliseconds."),
        SandboxCommandLine::tr("N"), QString::number(defaults.latencyMs));
    const QCommandLineOption rateLimit(u"rate-limit"_s,
        SandboxCommandLine::tr("Answer 429 above N requests per second; 0 turns it off."),
        SandboxCommandLine::tr("N"), QString::number(defaults.rateLimit));
    const QCommandLineOption retryAfter(u"retry-after"_s,
        SandboxCommandLine::tr("Send Retry-After with 429 answers (none by default)."),
        SandboxCommandLine::tr("SECONDS"));
    const QCommandLineOption errorRate(u"error-rate"_s,
        SandboxCommandLine::tr("Share of requests answered 500 without being applied."),
        SandboxCommandLine::tr("P"), QString::number(defaults.errorRate));
    const QCommandLineOption loseRate(u"lose-rate"_s,
        SandboxCommandLine::tr(
            "Share of requests applied but whose answer is lost (connection closed)."),
        SandboxCommandLine::tr("P"), QString::number(defaults.loseRate));
    const QCommandLineOption afterActRate(u"after-act-rate"_s,
        SandboxCommandLine::tr("Share of requests applied and then answered with "
                               "--after-act-status, as a gateway that timed out."),
        SandboxCommandLine::tr("P"), QString::number(defaults.afterActRate));
    const QCommandLineOption afterActStatus(u"after-act-status"_s,
        SandboxCommandLine::tr("The status for --after-act-rate (default %1).")
            .arg(defaults.afterActStatus),
        SandboxCommandLine::tr("STATUS"), QString::number(defaults.afterActStatus));
    const QCommandLineOption answerJitter(u"answer-jitter"_s,
        SandboxCommandLine::tr("Delay each answer by a seeded random 0 to MS more, so that "
                               "answers come back in an order the seed decides."),
        SandboxCommandLine::tr("MS"), QString::number(defaults.answerJitterMs));
    const QCommandLineOption sessionTtl(u"session-ttl"_s,
        SandboxCommandLine::tr("Seconds a session lives after its last use (default %1).")
            .arg(defaults.sessionTtlSeconds),
        SandboxCommandLine::tr("SECONDS"), QString::number(defaults.sessionTtlSeconds));
    const QCommandLineOption messagesPerDialog(u"messages-per-dialog"_s,
        SandboxCommandLine::tr("Messages in every dialog that has any (default: a mix of 1 to "
                               "40)."),
        SandboxCommandLine::tr("N"), QString::number(defaults.messagesPerDialog));
    const QCommandLineOption users(u"users"_s,
        SandboxCommandLine::tr("Users in the community, moderators included (default: 303)."),
        SandboxCommandLine::tr("N"), QString::number(defaults.users));
    const QCommandLineOption campaigns(u"spam-campaigns"_s,
        SandboxCommandLine::tr("Spam waves: a few accounts post one link into many groups "
                               "within hours (default %1).")
            .arg(defaults.spamCampaigns),
        SandboxCommandLine::tr("N"), QString::number(defaults.spamCampaigns));
    const QCommandLineOption fixedCredentials(u"fixed-credentials"_s,
        SandboxCommandLine::tr("Derive the application keys and passwords from the seed, the same "
                               "every start, instead of fresh random ones. For tests only."));
    parser.addOptions({ port, bind, dialogs, seed, latency, rateLimit, retryAfter, errorRate,
        loseRate, afterActRate, afterActStatus, answerJitter, sessionTtl, fixedCredentials,
        messagesPerDialog, campaigns, users });
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    // parse() rather than process(): a bad command line exits 2 like a bad option value.
    if (!parser.parse(QCoreApplication::arguments()))
        fail(parser.errorText());
    if (parser.isSet(help))
        parser.showHelp(0);
    if (parser.isSet(version))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        fail(SandboxCommandLine::tr("Unexpected argument \"%1\".")
                 .arg(parser.positionalArguments().constFirst()));

    SandboxOptions options;
    options.port = quint16(integerOption(parser, port, 0, 65535));
    if (!options.address.setAddress(parser.value(bind)))
        fail(SandboxCommandLine::tr("--bind must be an IP address, not \"%1\".")
                 .arg(parser.value(bind)));
    options.dialogs = int(integerOption(parser, dialogs, 0, SandboxCommunityBuilder::MaxDialogs));
    options.seed = quint32(integerOption(parser, seed, 0, 4294967295LL));
    options.messagesPerDialog = int(integerOption(parser, messagesPerDialog, 0, 10000));
    options.spamCampaigns = int(integerOption(parser, campaigns, 0, 1000));
    options.users = int(integerOption(parser, users, 0, SandboxCommunityBuilder::MaxUsers));
    options.latencyMs = int(integerOption(parser, latency, 0, 600000));
    options.rateLimit = int(integerOption(parser, rateLimit, 0, 1000000));
    if (parser.isSet(retryAfter))
        options.retryAfterSeconds = int(integerOption(parser, retryAfter, 0, 86400));
    options.errorRate = rateOption(parser, errorRate);
    options.loseRate = rateOption(parser, loseRate);
    options.afterActRate = rateOption(parser, afterActRate);
    options.afterActStatus = int(integerOption(parser, afterActStatus, 100, 599));
    options.answerJitterMs = int(integerOption(parser, answerJitter, 0, 600000));
    options.sessionTtlSeconds = int(integerOption(parser, sessionTtl, 1, 31536000));
    options.fixedCredentials = parser.isSet(fixedCredentials);

    SandboxServer server(options);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(u"qbmod-sandbox: "_s + error));
        return 1;
    }

    if (server.isReachableFromOtherComputers())
        std::fprintf(stderr, "%s\n",
            qPrintable(SandboxCommandLine::tr(
                "qbmod-sandbox: WARNING: listening on %1, which other computers can reach. Anyone "
                "who reaches it can sign in with the credentials below and read or delete its "
                "data. Use --bind 127.0.0.1 unless you mean it.")
                           .arg(options.address.toString())));

    const QByteArray line = QJsonDocument(server.connectionInfo()).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, std::size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);

    // The handler only sets a flag; a timer turns it into a clean quit on the event loop.
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    QTimer stopPoll;
    QObject::connect(&stopPoll, &QTimer::timeout, &app, [] {
        if (stopRequested)
            QCoreApplication::quit();
    });
    stopPoll.start(100);
    return app.exec();
}
