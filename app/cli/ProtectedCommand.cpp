// SPDX-License-Identifier: Apache-2.0

#include "ProtectedCommand.h"

#include "TextTable.h"
#include "moderation/Journal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

ProtectedCommand::ProtectedCommand(
    const QString &action, const CtlContext &context, QObject *parent)
    : CtlCommand(context, parent)
    , m_action(action)
{
}

void ProtectedCommand::start()
{
    QSet<qint64> ids;
    if (m_action == u"list"_s) {
        if (!m_context.arguments.isEmpty()) {
            usageError(tr("unexpected argument \"%1\".").arg(m_context.arguments.first()));
            return;
        }
    } else {
        QString error;
        const auto parsed = ModerationGuard::parseUserIds(m_context.arguments.join(u' '), &error);
        if (!parsed) {
            usageError(tr("%1 Nothing was changed.").arg(error));
            return;
        }
        if (parsed->isEmpty()) {
            usageError(tr("protected %1 needs one or more user ids.").arg(m_action));
            return;
        }
        ids = *parsed;
    }
    if (!m_context.store.isTeam()) {
        if (m_action == u"list"_s)
            listLocal();
        else
            changeLocal(ids);
        return;
    }
    Journal journal;
    if (!journal.open(m_context.store, m_context.storePassword)) {
        usageError(m_action == u"list"_s
                ? journal.errorString()
                : tr("%1 Nothing was changed.").arg(journal.errorString()));
        return;
    }
    if (m_action == u"list"_s)
        listTeam(journal);
    else
        changeTeam(journal, ids);
}

void ProtectedCommand::listTeam(Journal &journal)
{
    QString error;
    const std::optional<QList<Journal::ProtectedUser>> users = journal.protectedUsers(&error);
    if (!users) {
        usageError(error);
        return;
    }
    if (m_context.json) {
        QJsonArray array;
        for (const Journal::ProtectedUser &user : *users) {
            array.append(QJsonObject { { u"user_id"_s, user.userId },
                { u"since"_s, user.since.toUTC().toString(Qt::ISODateWithMs) },
                { u"by"_s, user.by },
                { u"note"_s, user.note.isEmpty() ? QJsonValue() : QJsonValue(user.note) } });
        }
        m_context.io->out << QString::fromUtf8(QJsonDocument(
            QJsonObject { { u"store"_s, m_context.store.displayName() },
                { u"protected_users"_s, array } }).toJson(QJsonDocument::Compact))
                          << Qt::endl;
    } else {
        TextTable table({ tr("USER"), tr("SINCE"), tr("BY"), tr("WHY") });
        for (const Journal::ProtectedUser &user : *users)
            table.addRow({ QString::number(user.userId),
                QLocale().toString(user.since.toUTC(), u"yyyy-MM-dd HH:mm:ss"_s), user.by,
                user.note });
        table.print(m_context.io->out);
    }
    Q_EMIT finished(ExitSuccess);
}

void ProtectedCommand::listLocal()
{
    QList<qint64> ids(
        m_context.moderation.protectedUsers.cbegin(), m_context.moderation.protectedUsers.cend());
    std::sort(ids.begin(), ids.end());
    if (m_context.json) {
        QJsonArray array;
        for (const qint64 id : std::as_const(ids))
            array.append(QJsonObject { { u"user_id"_s, id } });
        m_context.io->out << QString::fromUtf8(QJsonDocument(
            QJsonObject { { u"store"_s, QJsonValue() },
                { u"protected_users"_s, array } }).toJson(QJsonDocument::Compact))
                          << Qt::endl;
    } else {
        for (const qint64 id : std::as_const(ids))
            m_context.io->out << id << Qt::endl;
    }
    Q_EMIT finished(ExitSuccess);
}

void ProtectedCommand::changeTeam(Journal &journal, const QSet<qint64> &ids)
{
    const bool add = m_action == u"add"_s;
    const QString note = m_context.parser->value(u"reason"_s).trimmed();
    const std::optional<int> changed = journal.changeProtection(
        add ? ids : QSet<qint64>(), add ? QSet<qint64>() : ids, m_context.moderatorName, note);
    if (!changed) {
        usageError(tr("%1 Nothing was changed.").arg(journal.errorString()));
        return;
    }
    const int count = static_cast<int>(ids.size());
    m_context.io->err << (add
            ? tr("%n user(s) protected for the whole team; %1 already were.", nullptr, *changed)
                  .arg(count - *changed)
            : tr("%n user(s) no longer protected for the team; %1 were not "
                 "protected.",
                nullptr, *changed)
                  .arg(count - *changed))
                      << Qt::endl;
    Q_EMIT finished(ExitSuccess);
}

void ProtectedCommand::changeLocal(const QSet<qint64> &ids)
{
    if (!m_context.settings) {
        usageError(tr("The console's settings cannot be opened. Nothing was changed."));
        return;
    }
    // This computer's list is the console's, in its settings file.
    ModerationSettings settings = ModerationSettings::load(*m_context.settings);
    if (m_action == u"add"_s)
        settings.protectedUsers |= ids;
    else
        settings.protectedUsers -= ids;
    settings.save(m_context.settings);
    m_context.settings->sync();
    if (m_context.settings->status() != QSettings::NoError) {
        usageError(tr("The console's settings could not be written. Nothing was changed."));
        return;
    }
    const QString users = settings.protectedUsersText();
    m_context.io->err << (users.isEmpty() ? tr("No user is protected on this computer.")
                                          : tr("Protected users on this computer: %1").arg(users))
                      << Qt::endl;
    Q_EMIT finished(ExitSuccess);
}
