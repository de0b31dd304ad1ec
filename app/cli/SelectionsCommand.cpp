// SPDX-License-Identifier: Apache-2.0

#include "SelectionsCommand.h"

#include "IndexCommand.h"
#include "SearchCommand.h"
#include "TextTable.h"
#include "index/SweepIndex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// The options that pick what a saved selection is; exactly one kind per selection.
const QStringList messageFilterOptions { u"phrase"_s, u"sender"_s, u"since"_s, u"until"_s,
    u"type"_s, u"has-link"_s, u"has-attachment"_s };

QJsonObject selectionJson(const SweepSelection &selection, const SweepSelectionItems &items)
{
    QJsonObject object = selection.toJson();
    object.insert(u"description"_s, selection.describe());
    object.insert(u"dialog_count"_s, int(items.dialogIds.size()));
    object.insert(u"message_count"_s, int(items.messageIds.size()));
    return object;
}

bool findsMessages(const SweepSelection &selection)
{
    return selection.kind == SweepSelection::Kind::Phrase
        || selection.kind == SweepSelection::Kind::Campaign;
}

} // namespace

SelectionsCommand::SelectionsCommand(
    const QString &action, const CtlContext &context, QObject *parent)
    : CtlCommand(context, parent)
    , m_action(action)
{
}

SelectionsCommand::~SelectionsCommand() = default;

void SelectionsCommand::start()
{
    if (m_context.json && m_context.parser->isSet(u"jsonl"_s)) {
        usageError(tr("Give either --json or --jsonl."));
        return;
    }
    const int wanted = m_action == u"list"_s ? 0 : 1;
    if (m_context.arguments.size() != wanted) {
        usageError(wanted == 0
                ? tr("unexpected argument \"%1\".").arg(m_context.arguments.value(0))
                : tr("selections %1 needs the name of one selection.").arg(m_action));
        return;
    }
    // Selections live in the index: with none yet there is nothing to keep them in.
    if (IndexCommand::lacksLocalIndex(m_context)) {
        usageError(tr("No index yet; run qbmodctl index update."));
        return;
    }
    if (m_action == u"save"_s) {
        save();
        return;
    }
    m_index = IndexCommand::openIndex(m_context);
    if (!m_index) {
        Q_EMIT finished(ExitUsage);
        return;
    }
    if (m_action == u"list"_s)
        list();
    else if (m_action == u"run"_s)
        runSelection();
    else
        remove();
}

void SelectionsCommand::printJson(const QJsonObject &object)
{
    m_context.io->out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))
                      << Qt::endl;
}

std::optional<SweepSelection> SelectionsCommand::find(
    const CtlContext &context, const SweepSearch &search, QString *error)
{
    const QString name = context.arguments.value(0).trimmed();
    const QList<SweepSelection> saved = search.selections();
    for (const SweepSelection &selection : saved) {
        if (selection.name == name)
            return selection;
    }
    *error = tr("No saved selection \"%1\" in the index; \"qbmodctl selections list\" lists "
                "them.")
                 .arg(name);
    return std::nullopt;
}

QString SelectionsCommand::countText(
    const SweepSelection &selection, const SweepSelectionItems &items)
{
    const int dialogs = int(items.dialogIds.size());
    if (!findsMessages(selection))
        return tr("Selection \"%1\" (%2): %n dialog(s) in the index now.", nullptr, dialogs)
            .arg(selection.name, selection.describe());
    // Two counts, two sentences: each is whole for the translator, with its own plural.
    return tr("Selection \"%1\" (%2): %n message(s) in the index now.", nullptr,
               int(items.messageIds.size()))
               .arg(selection.name, selection.describe())
        + u' ' + tr("They are in %n dialog(s).", nullptr, dialogs);
}

void SelectionsCommand::list()
{
    const SweepSearch search(*m_index);
    const QList<SweepSelection> saved = search.selections();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray items;
    TextTable table({ tr("NAME"), tr("KIND"), tr("DIALOGS"), tr("MESSAGES"), tr("SELECTS") });
    for (const SweepSelection &selection : saved) {
        const SweepSelectionItems found = search.run(selection, now);
        items.append(selectionJson(selection, found));
        table.addRow({ selection.name, SweepSelection::kindName(selection.kind),
            QString::number(found.dialogIds.size()),
            findsMessages(selection) ? QString::number(found.messageIds.size()) : QString(),
            selection.describe() });
    }
    if (m_context.parser->isSet(u"jsonl"_s)) {
        for (const QJsonValue &value : std::as_const(items))
            printJson(value.toObject());
    } else if (m_context.json) {
        printJson(QJsonObject { { u"selections"_s, items } });
    } else {
        table.print(m_context.io->out, 50);
        m_context.io->out << tr(
            "%n saved selection(s), counted in the index now.", nullptr, int(saved.size()))
                          << Qt::endl;
    }
    Q_EMIT finished(ExitSuccess);
}

std::optional<SweepSelection> SelectionsCommand::readSelection(QString *error) const
{
    const QCommandLineParser &parser = *m_context.parser;
    const auto fail = [error](const QString &why) -> std::optional<SweepSelection> {
        *error = why;
        return std::nullopt;
    };
    SweepSelection selection;
    selection.name = m_context.arguments.first().trimmed();
    if (selection.name.isEmpty())
        return fail(tr("A selection needs a name."));
    const bool messageFilter = std::any_of(messageFilterOptions.cbegin(),
        messageFilterOptions.cend(), [&parser](const QString &name) { return parser.isSet(name); });
    const int kinds = int(parser.isSet(u"inactive"_s)) + int(parser.isSet(u"owner"_s))
        + int(parser.isSet(u"empty-groups"_s)) + int(messageFilter)
        + int(parser.isSet(u"campaign"_s));
    if (kinds != 1)
        return fail(tr("selections save needs exactly one of --inactive DAYS, --owner USER_ID, "
                       "--empty-groups, --phrase TEXT (with its filters) or --campaign "
                       "CAMPAIGN."));
    if (parser.isSet(u"within"_s) && !parser.isSet(u"campaign"_s))
        return fail(tr("--within is for --campaign."));
    bool ok = false;
    if (parser.isSet(u"inactive"_s)) {
        selection.kind = SweepSelection::Kind::Inactive;
        selection.days = parser.value(u"inactive"_s).toInt(&ok);
        if (!ok || selection.days < 1 || selection.days > 3650)
            return fail(tr("--inactive needs a number of days from 1 to 3650."));
    } else if (parser.isSet(u"owner"_s)) {
        selection.kind = SweepSelection::Kind::OwnedBy;
        selection.userId = parser.value(u"owner"_s).toLongLong(&ok);
        if (!ok || selection.userId <= 0)
            return fail(tr("--owner needs a user id (a positive number)."));
    } else if (parser.isSet(u"empty-groups"_s)) {
        selection.kind = SweepSelection::Kind::EmptyGroups;
    } else if (messageFilter) {
        // The same text and filters as search reads, from --phrase instead of the line.
        CtlContext phrase = m_context;
        phrase.arguments = QStringList { parser.value(u"phrase"_s) };
        const std::optional<SweepFilter> filter = SearchCommand::readFilter(phrase, error);
        if (!filter)
            return std::nullopt;
        selection.kind = SweepSelection::Kind::Phrase;
        selection.filter = *filter;
    } else {
        selection.kind = SweepSelection::Kind::Campaign;
        selection.textHash = parser.value(u"campaign"_s).trimmed().toLongLong(&ok);
        if (!ok)
            return fail(tr("--campaign needs a campaign as \"qbmodctl campaigns\" lists it."));
        if (parser.isSet(u"within"_s)) {
            selection.windowSeconds = SearchCommand::parseDuration(parser.value(u"within"_s));
            if (selection.windowSeconds <= 0)
                return fail(tr("--within needs a duration such as 24h, 90m or 2d."));
        }
    }
    return selection;
}

void SelectionsCommand::save()
{
    QString problem;
    const std::optional<SweepSelection> selection = readSelection(&problem);
    if (!selection) {
        usageError(problem);
        return;
    }
    m_index = IndexCommand::openIndex(m_context);
    if (!m_index) {
        Q_EMIT finished(ExitUsage);
        return;
    }
    const SweepSearch search(*m_index);
    const SweepSelectionItems items = search.run(*selection, QDateTime::currentDateTimeUtc());
    // A campaign is known by its messages: one the index has never seen is a typing error.
    if (selection->kind == SweepSelection::Kind::Campaign && items.messageIds.isEmpty()) {
        usageError(tr("No campaign %1 in the index; \"qbmodctl campaigns\" lists them. Nothing "
                      "was saved.")
                       .arg(selection->textHash));
        return;
    }
    const QList<SweepSelection> before = search.selections();
    const bool replaced = std::any_of(before.cbegin(), before.cend(),
        [&](const SweepSelection &one) { return one.name == selection->name; });
    if (!search.saveSelection(*selection, &problem)) {
        m_context.io->err << tr("qbmodctl: %1").arg(problem) << Qt::endl;
        Q_EMIT finished(ExitPartial);
        return;
    }
    if (m_context.json) {
        QJsonObject object = selectionJson(*selection, items);
        object.insert(u"replaced"_s, replaced);
        printJson(object);
    } else {
        m_context.io->out << (replaced ? tr("Replaced the saved selection \"%1\".")
                                       : tr("Saved the selection \"%1\"."))
                                 .arg(selection->name)
                          << Qt::endl
                          << countText(*selection, items) << Qt::endl;
    }
    Q_EMIT finished(ExitSuccess);
}

void SelectionsCommand::runSelection()
{
    const SweepSearch search(*m_index);
    QString problem;
    const std::optional<SweepSelection> selection = find(m_context, search, &problem);
    if (!selection) {
        usageError(problem);
        return;
    }
    const SweepSelectionItems items = search.run(*selection, QDateTime::currentDateTimeUtc());
    const QList<SweepDialogHit> dialogs = search.dialogs(items.dialogIds);
    const QList<SweepMessageHit> messages = search.messages(items.messageIds);
    if (m_context.parser->isSet(u"jsonl"_s)) {
        // The count first, then one line per item.
        QJsonObject head = selectionJson(*selection, items);
        head.insert(u"kind"_s, u"selection"_s);
        head.insert(u"selection_kind"_s, SweepSelection::kindName(selection->kind));
        printJson(head);
        for (const SweepMessageHit &hit : messages)
            printJson(SearchCommand::messageJson(hit));
        for (const SweepDialogHit &hit : dialogs)
            printJson(SearchCommand::dialogJson(hit));
    } else if (m_context.json) {
        QJsonArray messageArray;
        for (const SweepMessageHit &hit : messages)
            messageArray.append(SearchCommand::messageJson(hit));
        QJsonArray dialogArray;
        for (const SweepDialogHit &hit : dialogs)
            dialogArray.append(SearchCommand::dialogJson(hit));
        printJson(QJsonObject { { u"selection"_s, selectionJson(*selection, items) },
            { u"messages"_s, messageArray }, { u"dialogs"_s, dialogArray } });
    } else {
        QTextStream &out = m_context.io->out;
        out << countText(*selection, items) << Qt::endl << Qt::endl;
        if (findsMessages(*selection)) {
            TextTable table(
                { tr("SENT"), tr("DIALOG"), tr("SENDER"), tr("TEXT"), tr("MESSAGE ID") });
            for (const SweepMessageHit &hit : messages) {
                table.addRow({ hit.sentAt.toUTC().toString(Qt::ISODate),
                    u"%1 (%2)"_s.arg(hit.dialogName, hit.dialogId),
                    SweepSearch::userLabel(hit.senderId, hit.senderName, hit.senderLogin), hit.text,
                    hit.messageId });
            }
            table.print(out, 50);
        } else {
            TextTable table({ tr("DIALOG ID"), tr("NAME"), tr("TYPE"), tr("OWNER"), tr("MEMBERS"),
                tr("LAST MESSAGE") });
            for (const SweepDialogHit &hit : dialogs) {
                table.addRow({ hit.dialogId, hit.name, Dialog::typeName(hit.type),
                    QString::number(hit.ownerId), QString::number(hit.memberCount),
                    hit.lastMessageAt.isValid() ? hit.lastMessageAt.toString(Qt::ISODate)
                                                : QString() });
            }
            table.print(out, 50);
        }
        out << tr("Act on it with selections run %1 and --delete-dialogs or --remove-sender "
                  "USER_ID; each item is checked with the server first.")
                   .arg(selection->name)
            << Qt::endl;
    }
    Q_EMIT finished(ExitSuccess);
}

void SelectionsCommand::remove()
{
    const SweepSearch search(*m_index);
    QString problem;
    const std::optional<SweepSelection> selection = find(m_context, search, &problem);
    if (!selection) {
        usageError(problem);
        return;
    }
    if (!search.removeSelection(selection->name)) {
        m_context.io->err << tr("qbmodctl: the selection could not be deleted from the index.")
                          << Qt::endl;
        Q_EMIT finished(ExitPartial);
        return;
    }
    if (m_context.json)
        printJson(QJsonObject { { u"deleted"_s, selection->name } });
    else
        m_context.io->out << tr("Deleted the saved selection \"%1\"; the index and the server "
                                "are unchanged.")
                                 .arg(selection->name)
                          << Qt::endl;
    Q_EMIT finished(ExitSuccess);
}
