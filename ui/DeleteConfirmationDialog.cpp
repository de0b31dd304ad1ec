// SPDX-License-Identifier: Apache-2.0

#include "DeleteConfirmationDialog.h"

#include "api/RequestPreview.h"
#include "models/MessageTableModel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DeleteConfirmationDialog::DeleteConfirmationDialog(const DeletionPlan &plan, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
{
    setWindowTitle(plan.title());
    setObjectName(u"deleteConfirmation"_s);
    auto *layout = new QVBoxLayout(this);

    auto *heading = new QLabel(u"<b>%1</b>"_s.arg(plan.title().toHtmlEscaped()), this);
    layout->addWidget(heading);

    auto *mode = new QLabel(plan.modeDescription(), this);
    mode->setTextFormat(Qt::PlainText); // it may name a user, in their own words
    mode->setWordWrap(true);
    mode->setObjectName(u"modeDescription"_s);
    layout->addWidget(mode);

    auto *context
        = new QLabel(tr("Profile: %1 (%2). Acting as: %3.")
                         .arg(plan.profileName, plan.environmentName, plan.actingUserDescription()),
            this);
    context->setWordWrap(true);
    context->setTextFormat(Qt::PlainText);
    layout->addWidget(context);

    const QList<Dialog> refused = plan.predictedNotPermitted();
    const QList<Message> refusedMessages = plan.predictedNotPermittedMessages();
    const QList<Dialog> protectedOwners = plan.protectedDialogs();
    auto *preview = plan.target == DeletionPlan::Target::Messages
        ? createMessagePreview(refusedMessages)
        : createDialogPreview(refused, protectedOwners);
    preview->setObjectName(u"preview"_s);
    preview->setRootIsDecorated(false);
    preview->setUniformRowHeights(true);
    preview->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(preview, 1);

    const int refusedCount = static_cast<int>(refused.size() + refusedMessages.size());
    if (refusedCount > 0) {
        QString text;
        if (plan.target == DeletionPlan::Target::Messages)
            text = tr("%n of these message(s) were not sent by the acting user and will come back "
                      "as not permitted.",
                nullptr, refusedCount);
        else if (plan.target == DeletionPlan::Target::Members)
            text = tr("%n of these dialog(s) are not owned by the acting user, who may not remove "
                      "others from them: they will come back as not permitted.",
                nullptr, refusedCount);
        else
            text = tr("%n of these dialog(s) are not owned by the acting user and will come back "
                      "as not permitted.",
                nullptr, refusedCount);
        auto *warning = new QLabel(text, this);
        warning->setObjectName(u"predictedRefusals"_s);
        warning->setWordWrap(true);
        layout->addWidget(warning);
    }

    if (plan.touchesProtectedUsers()) {
        QStringList problems;
        if (plan.actsForProtectedUser())
            problems.append(tr("The acting user (%1) is protected: this delete is sent on their "
                               "behalf.")
                                .arg(plan.actingUserDescription()));
        if (plan.target == DeletionPlan::Target::Members
            && plan.guard.isProtected(plan.subjectUserId))
            problems.append(tr("%1 is protected.").arg(plan.subjectUserDescription()));
        if (!protectedOwners.isEmpty()) {
            QStringList names;
            for (const Dialog &dialog : protectedOwners)
                names.append(tr("%1 (owner %2)").arg(dialog.name, plan.ownerName(dialog)));
            problems.append(tr("%n dialog(s) owned by protected users would be deleted for "
                               "everyone: %1",
                nullptr, static_cast<int>(protectedOwners.size()))
                                .arg(names.join(u", "_s)));
        }
        auto *protection = new QLabel(problems.join(u'\n'), this);
        protection->setObjectName(u"protectedWarning"_s);
        protection->setWordWrap(true);
        protection->setTextFormat(Qt::PlainText);
        layout->addWidget(protection);
        m_overrideProtection
            = new QCheckBox(tr("&Override protection (recorded in the journal)"), this);
        m_overrideProtection->setObjectName(u"overrideProtection"_s);
        layout->addWidget(m_overrideProtection);
        connect(m_overrideProtection, &QCheckBox::toggled, this,
            &DeleteConfirmationDialog::updateConfirmButton);
    }

    // The dry run: exactly what would be sent, for a moderator who wants to see it.
    m_showRequests = new QPushButton(tr("Show the re&quests"), this);
    m_showRequests->setObjectName(u"showRequests"_s);
    m_showRequests->setCheckable(true);
    m_requests = new QPlainTextEdit(this);
    m_requests->setObjectName(u"requestPreview"_s);
    m_requests->setAccessibleName(tr("The requests this would send"));
    m_requests->setReadOnly(true);
    m_requests->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_requests->hide();
    layout->addWidget(m_showRequests, 0, Qt::AlignLeft);
    layout->addWidget(m_requests);
    connect(m_showRequests, &QPushButton::toggled, this, [this](bool shown) {
        if (shown && m_requests->document()->isEmpty()) {
            QStringList lines;
            const QList<ApiRequest> requests = m_plan.plannedRequests();
            for (const ApiRequest &request : requests)
                lines.append(RequestPreview::line(request));
            if (m_plan.target == DeletionPlan::Target::Members)
                lines.prepend(tr("Each dialog is read first (GET); one where the user is not a "
                                 "member gets no update."));
            m_requests->setPlainText(lines.join(u'\n'));
        }
        m_requests->setVisible(shown);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(plan.title(), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(u"confirmDelete"_s);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    m_confirm->setAutoDefault(false);

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"reason"_s);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(plan.requiresReason()
            ? tr("Required: why, for the journal (e.g. spam wave reported on 12 May)")
            : tr("Optional: why, for the journal"));
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    connect(
        m_reason, &QLineEdit::textChanged, this, &DeleteConfirmationDialog::updateConfirmButton);

    if (plan.requiresTypedCount()) {
        auto *prompt = new QLabel(plan.target == DeletionPlan::Target::Messages
                ? tr("Type the number of messages (%1) to confirm:").arg(plan.itemCount())
                : tr("Type the number of dialogs (%1) to confirm:").arg(plan.itemCount()),
            this);
        m_typedCount = new QLineEdit(this);
        m_typedCount->setObjectName(u"typedCount"_s);
        m_typedCount->setAccessibleName(tr("Number of items, typed to confirm"));
        prompt->setBuddy(m_typedCount);
        layout->addWidget(prompt);
        layout->addWidget(m_typedCount);
        connect(m_typedCount, &QLineEdit::textChanged, this,
            &DeleteConfirmationDialog::updateConfirmButton);
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateConfirmButton();
    resize(640, 460);
}

void DeleteConfirmationDialog::updateConfirmButton()
{
    const bool typed
        = !m_typedCount || m_typedCount->text().trimmed() == QString::number(m_plan.itemCount());
    const bool reasoned = !m_plan.requiresReason() || !m_reason->text().trimmed().isEmpty();
    const bool overridden = !m_overrideProtection || m_overrideProtection->isChecked();
    m_confirm->setEnabled(typed && reasoned && overridden && m_plan.itemCount() > 0);
}

QTreeWidget *DeleteConfirmationDialog::createDialogPreview(
    const QList<Dialog> &refused, const QList<Dialog> &protectedOwners)
{
    QSet<QString> refusedIds;
    for (const Dialog &dialog : refused)
        refusedIds.insert(dialog.id);
    QSet<QString> protectedIds;
    for (const Dialog &dialog : protectedOwners)
        protectedIds.insert(dialog.id);
    auto *preview = new QTreeWidget(this);
    preview->setAccessibleName(m_plan.target == DeletionPlan::Target::Members
            ? tr("Dialogs to remove the user from")
            : tr("Dialogs to delete"));
    preview->setHeaderLabels({ tr("Name"), tr("Type"), tr("Owner"), tr("Members"), tr("Note") });
    QList<QTreeWidgetItem *> items;
    items.reserve(m_plan.dialogs.size());
    for (const Dialog &dialog : std::as_const(m_plan.dialogs)) {
        const QString members = dialog.type == DialogType::Public
            ? tr("all")
            : QString::number(dialog.occupantIds.size());
        QStringList notes;
        if (protectedIds.contains(dialog.id))
            notes.append(tr("owner protected"));
        if (refusedIds.contains(dialog.id))
            notes.append(tr("not owner: will be refused"));
        if (m_plan.target == DeletionPlan::Target::Members && dialog.type != DialogType::Public
            && !dialog.occupantIds.contains(m_plan.subjectUserId))
            notes.append(tr("not a member"));
        items.append(new QTreeWidgetItem(QStringList { dialog.name, Dialog::typeName(dialog.type),
            m_plan.ownerName(dialog), members, notes.join(u"; "_s) }));
    }
    preview->addTopLevelItems(items);
    return preview;
}

QTreeWidget *DeleteConfirmationDialog::createMessagePreview(const QList<Message> &refused)
{
    QSet<QString> refusedIds;
    for (const Message &message : refused)
        refusedIds.insert(message.id);
    auto *preview = new QTreeWidget(this);
    preview->setAccessibleName(tr("Messages to delete"));
    preview->setHeaderLabels({ tr("Text"), tr("Sender"), tr("Sent"), tr("Note") });
    QList<QTreeWidgetItem *> items;
    items.reserve(m_plan.messages.size());
    for (const Message &message : std::as_const(m_plan.messages)) {
        // Plain text in a tree item is never rendered as markup.
        items.append(new QTreeWidgetItem(QStringList { MessageTableModel::previewText(message.text),
            m_plan.userName(message.senderId),
            QLocale().toString(message.sentAt.toLocalTime(), QLocale::ShortFormat),
            refusedIds.contains(message.id) ? tr("not the sender: will be refused") : QString() }));
    }
    preview->addTopLevelItems(items);
    return preview;
}

DeletionPlan DeleteConfirmationDialog::confirmedPlan() const
{
    DeletionPlan plan = m_plan;
    plan.reason = m_reason->text().trimmed();
    plan.protectionOverridden = m_overrideProtection && m_overrideProtection->isChecked();
    return plan;
}
