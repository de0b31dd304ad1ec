// SPDX-License-Identifier: Apache-2.0

#include "api/ConnectionSettings.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
ConnectionSettings apiKeyAt(const QString &endpoint)
{
    ConnectionSettings settings;
    settings.endpoint = QUrl(endpoint);
    settings.authMode = AuthMode::ApiKey;
    return settings;
}

ConnectionSettings completeSession()
{
    ConnectionSettings settings;
    settings.authMode = AuthMode::Session;
    settings.applicationId = 76730;
    settings.authKey = u"wJHd4cQSxpQGWx5"_s;
    settings.login = u"moderator"_s;
    return settings;
}
} // namespace

class TestConnectionSettings final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void acceptsEndpoint_data();
    void acceptsEndpoint();
    void refusesEndpoint_data();
    void refusesEndpoint();
    void defaultEndpointIsTheHostedService();
    void sessionModeNeedsApplicationKeyAndLogin_data();
    void sessionModeNeedsApplicationKeyAndLogin();
    void apiKeyModeNeedsNoApplicationCredentials();
};

void TestConnectionSettings::acceptsEndpoint_data()
{
    QTest::addColumn<QString>("endpoint");

    QTest::newRow("https to the hosted service") << u"https://api.quickblox.com"_s;
    QTest::newRow("https to a dedicated instance with a port and path")
        << u"https://apicustomdomain.quickblox.com:8443/api/"_s;
    QTest::newRow("HTTPS in capitals") << u"HTTPS://api.quickblox.com"_s;
    QTest::newRow("http to 127.0.0.1 (a local sandbox)") << u"http://127.0.0.1:8080"_s;
    QTest::newRow("http to localhost") << u"http://localhost:8080"_s;
    QTest::newRow("http to LOCALHOST in capitals") << u"http://LOCALHOST"_s;
    QTest::newRow("http to the IPv6 loopback [::1]") << u"http://[::1]:8080"_s;
    QTest::newRow("http to another 127/8 address") << u"http://127.0.0.2"_s;
}

void TestConnectionSettings::acceptsEndpoint()
{
    QFETCH(QString, endpoint);

    const auto error = ConnectionSettings::endpointError(QUrl(endpoint));
    QVERIFY2(!error, qPrintable(error.value_or(QString())));
    QVERIFY(!apiKeyAt(endpoint).validationError());
}

void TestConnectionSettings::refusesEndpoint_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("http to a remote host names the host")
        << u"http://api.quickblox.com"_s << u"api.quickblox.com"_s;
    QTest::newRow("http to a LAN address") << u"http://192.168.1.20:8080"_s << u"192.168.1.20"_s;
    QTest::newRow("http to a name that only starts like localhost")
        << u"http://localhost.evil.example"_s << u"localhost.evil.example"_s;
    QTest::newRow("ftp") << u"ftp://api.quickblox.com"_s << u"https://"_s;
    QTest::newRow("ws") << u"ws://127.0.0.1:8080"_s << u"https://"_s;
    QTest::newRow("user and password in the URL")
        << u"https://admin:secret@api.quickblox.com"_s << QString();
    QTest::newRow("user name alone in the URL")
        << u"https://admin@api.quickblox.com"_s << QString();
    QTest::newRow("no host") << u"https://"_s << QString();
    QTest::newRow("not a URL at all") << u"api.quickblox.com"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestConnectionSettings::refusesEndpoint()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, mentions);

    const auto error = ConnectionSettings::endpointError(QUrl(endpoint));
    QVERIFY(error.has_value());
    QVERIFY(!error->isEmpty());
    QVERIFY2(error->contains(mentions), qPrintable(*error));
    // A password in the endpoint must never be repeated back in a message.
    QVERIFY2(!error->contains(u"secret"_s), qPrintable(*error));
    QCOMPARE(apiKeyAt(endpoint).validationError(), error);
}

void TestConnectionSettings::defaultEndpointIsTheHostedService()
{
    const ConnectionSettings settings;
    QCOMPARE(settings.endpoint, QUrl(u"https://api.quickblox.com"_s));
    QCOMPARE(settings.authMode, AuthMode::Session);
}

void TestConnectionSettings::sessionModeNeedsApplicationKeyAndLogin_data()
{
    QTest::addColumn<ConnectionSettings>("settings");
    QTest::addColumn<bool>("valid");

    QTest::newRow("application id, auth key and login are enough") << completeSession() << true;

    ConnectionSettings noApplication = completeSession();
    noApplication.applicationId = 0;
    QTest::newRow("missing application id is refused") << noApplication << false;

    ConnectionSettings negativeApplication = completeSession();
    negativeApplication.applicationId = -5;
    QTest::newRow("negative application id is refused") << negativeApplication << false;

    ConnectionSettings noKey = completeSession();
    noKey.authKey.clear();
    QTest::newRow("missing auth key is refused") << noKey << false;

    ConnectionSettings noLogin = completeSession();
    noLogin.login.clear();
    QTest::newRow("missing login is refused") << noLogin << false;

    ConnectionSettings badEndpoint = completeSession();
    badEndpoint.endpoint = QUrl(u"http://api.quickblox.com"_s);
    QTest::newRow("a complete login to a refused endpoint is refused") << badEndpoint << false;
}

void TestConnectionSettings::sessionModeNeedsApplicationKeyAndLogin()
{
    QFETCH(ConnectionSettings, settings);
    QFETCH(bool, valid);

    const auto error = settings.validationError();
    QCOMPARE(!error.has_value(), valid);
    if (error)
        QVERIFY(!error->isEmpty());
}

void TestConnectionSettings::apiKeyModeNeedsNoApplicationCredentials()
{
    const ConnectionSettings settings = apiKeyAt(u"https://api.quickblox.com"_s);
    QCOMPARE(settings.applicationId, 0);
    QVERIFY(settings.authKey.isEmpty());
    QVERIFY(settings.login.isEmpty());
    QVERIFY(!settings.validationError());
}

QTEST_GUILESS_MAIN(TestConnectionSettings)
#include "TestConnectionSettings.moc"
