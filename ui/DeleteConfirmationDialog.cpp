// SPDX-License-Identifier: Apache-2.0

#include "DeleteConfirmationDialog.h"

#include "api/RequestPreview.h"
#include "models/MessageTableModel.h"
#include "moderation/OfflineJournal.h"
#include "support/LocalTime.h"

#include <QCheckBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSet>
#include <QStringListModel>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

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
    preview->setAlternatingRowColors(true);
    preview->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    preview->header()->setStretchLastSection(true);
    preview->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // However long the list, at least eight rows stay visible; the rest scrolls.
    preview->setMinimumHeight(
        preview->header()->sizeHint().height() + 8 * (preview->fontMetrics().height() + 6));
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

    if (plan.offline) {
        const std::optional<QDateTime> readAt = plan.guard.protectedUsersReadAt();
        auto *offline = new QLabel(
            readAt ? OfflineJournal::limitation(*readAt) : OfflineJournal::limitation(), this);
        offline->setObjectName(u"offlineLimitation"_s);
        offline->setWordWrap(true);
        layout->addWidget(offline);
    }

    if (!plan.indexQuery.isEmpty()) {
        auto *note = new QLabel(tr("Found in the local index, which is not evidence: each item is "
                                   "checked with the server before anything is sent. What is "
                                   "already gone is reported as such; what cannot be checked is "
                                   "left alone. The journal keeps the query."),
            this);
        note->setObjectName(u"indexCheckNote"_s);
        note->setWordWrap(true);
        layout->addWidget(note);
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
        if (const int messages = plan.protectedSendersMessages(); messages > 0)
            problems.append(tr("%n message(s) sent by protected users would be deleted for "
                               "everyone (marked in the Protected column).",
                nullptr, messages));
        if (!protectedOwners.isEmpty()) {
            // The owners once each; the dialogs are marked in the preview's Protected column.
            QStringList owners;
            for (const Dialog &dialog : protectedOwners) {
                const QString owner = plan.ownerName(dialog);
                if (!owners.contains(owner))
                    owners.append(owner);
            }
            problems.append(tr("%n dialog(s) owned by protected users would be deleted for "
                               "everyone (marked in the Protected column). Protected owners: %1.",
                nullptr, static_cast<int>(protectedOwners.size()))
                                .arg(owners.join(u"; "_s)));
        }
        auto *protection = new QLabel(problems.join(u'\n'), this);
        protection->setObjectName(u"protectedWarning"_s);
        protection->setWordWrap(true);
        protection->setTextFormat(Qt::PlainText);
        protection->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(protection);
        m_overrideProtection
            = new QCheckBox(tr("&Override protection (recorded in the journal)"), this);
        m_overrideProtection->setObjectName(u"overrideProtection"_s);
        connect(m_overrideProtection, &QCheckBox::toggled, this,
            &DeleteConfirmationDialog::updateConfirmButton);
    }

    // The dry run: exactly what would be sent, for a moderator who wants to see it.
    m_showRequests = new QPushButton(tr("Show the re&quests"), this);
    m_showRequests->setObjectName(u"showRequests"_s);
    m_showRequests->setCheckable(true);
    m_showRequests->setAutoDefault(false);
    m_requests = new QPlainTextEdit(this);
    m_requests->setObjectName(u"requestPreview"_s);
    m_requests->setAccessibleName(tr("The requests this would send"));
    m_requests->setReadOnly(true);
    m_requests->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_requests->setMaximumHeight(8 * m_requests->fontMetrics().height());
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
        // Growing for the requests must not push the buttons off the screen.
        QTimer::singleShot(0, this, &DeleteConfirmationDialog::keepOnScreen);
    });

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"reason"_s);
    m_reason->setAccessibleName(tr("Moderator's reason"));
    m_reason->setPlaceholderText(plan.requiresReason()
            ? tr("Required: why, for the journal (e.g. spam wave reported on 12 May)")
            : tr("Optional: why, for the journal"));
    m_reason->setClearButtonEnabled(true);
    m_reason->installEventFilter(this);
    auto *reasonLabel = new QLabel(tr("&Your reason:"), this);
    reasonLabel->setBuddy(m_reason);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    connect(
        m_reason, &QLineEdit::textChanged, this, &DeleteConfirmationDialog::updateConfirmButton);

    if (plan.requiresTypedCount()) {
        auto *prompt = new QLabel(plan.target == DeletionPlan::Target::Messages
                ? tr("Type the number of messages (%1) to &confirm:").arg(plan.itemCount())
                : tr("Type the number of dialogs (%1) to &confirm:").arg(plan.itemCount()),
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
    if (m_overrideProtection)
        layout->addWidget(m_overrideProtection);

    m_missing = new QLabel(this);
    m_missing->setObjectName(u"missingBeforeConfirm"_s);
    m_missing->setWordWrap(true);
    m_missing->setTextFormat(Qt::PlainText);
    layout->addWidget(m_missing);

    // Neither button is a default: Enter is handled in keyPressEvent, and never cancels.
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QString action = plan.title();
    action.replace(u'&', u"&&"_s);
    m_confirm = buttons->addButton(u'&' + action, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(u"confirmDelete"_s);
    m_confirm->setAutoDefault(false);
    // A button that deletes shows where the keyboard is, unmistakably.
    m_confirm->setStyleSheet(
        u"QPushButton#confirmDelete { background: #b3261e; color: white; border: 2px solid "
        "#7f1b15; border-radius: 4px; padding: 5px 14px; font-weight: bold; }"
        "QPushButton#confirmDelete:disabled { background: #e6c3c0; color: #6b4a47; "
        "border-color: #e6c3c0; }"
        "QPushButton#confirmDelete:focus { border: 3px solid palette(highlight); "
        "padding: 4px 13px; text-decoration: underline; }"_s);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setAutoDefault(false);
    cancel->setDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_confirm->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // reason → count → override → action, then the rest.
    QWidget *previous = m_reason;
    for (QWidget *next : { static_cast<QWidget *>(m_typedCount),
             static_cast<QWidget *>(m_overrideProtection), static_cast<QWidget *>(m_confirm),
             static_cast<QWidget *>(cancel), static_cast<QWidget *>(m_showRequests),
             static_cast<QWidget *>(m_requests), static_cast<QWidget *>(preview) }) {
        if (!next)
            continue;
        setTabOrder(previous, next);
        previous = next;
    }
    m_reason->setFocus(Qt::OtherFocusReason);
    updateConfirmButton();
    // Wide enough for every column of the preview, headers included, as far as the screen
    // allows (keepOnScreen): a longer language widens the dialog instead of hiding columns.
    int previewWidth = 2 * preview->frameWidth() + preview->verticalScrollBar()->sizeHint().width();
    const QAbstractItemView *view = preview; // where sizeHintForColumn() is public
    for (int column = 0; column < preview->columnCount(); ++column) {
        previewWidth += std::max(
            view->sizeHintForColumn(column), preview->header()->sectionSizeHint(column));
    }
    const QMargins margins = layout->contentsMargins();
    resize(std::max(760, previewWidth + margins.left() + margins.right() + 8), 560);
}

void DeleteConfirmationDialog::setRecentReasons(const QStringList &reasons)
{
    if (reasons.isEmpty())
        return;
    auto *completer = new QCompleter(new QStringListModel(reasons, this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_reason->setCompleter(completer);
    m_reason->setToolTip(tr("Press Down for recent reasons"));
}

void DeleteConfirmationDialog::setDraftReason(const QString &reason)
{
    if (reason.isEmpty() || !m_reason->text().isEmpty())
        return;
    m_reason->setText(reason);
    m_reason->selectAll();
}

bool DeleteConfirmationDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Down in the reason lists every recent reason, not only those matching what is typed.
    if (watched == m_reason && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_reason->completer()
        && !m_reason->completer()->popup()->isVisible()) {
        m_reason->completer()->setCompletionPrefix(QString());
        m_reason->completer()->complete();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void DeleteConfirmationDialog::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (!enter || event->modifiers() & ~Qt::KeypadModifier) {
        QDialog::keyPressEvent(event);
        return;
    }
    event->accept();
    // Enter on a focused button is that button; anywhere else it is the action, once allowed.
    if (auto *button = qobject_cast<QPushButton *>(focusWidget()); button && button != m_confirm) {
        button->click();
        return;
    }
    if (QWidget *missing = firstMissing()) {
        missing->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_confirm->click();
}

QWidget *DeleteConfirmationDialog::firstMissing() const
{
    if (m_plan.requiresReason() && m_reason->text().trimmed().isEmpty())
        return m_reason;
    if (m_typedCount && m_typedCount->text().trimmed() != QString::number(m_plan.itemCount()))
        return m_typedCount;
    if (m_overrideProtection && !m_overrideProtection->isChecked())
        return m_overrideProtection;
    return nullptr;
}

void DeleteConfirmationDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    keepOnScreen();
    m_reason->setFocus(Qt::OtherFocusReason);
}

void DeleteConfirmationDialog::keepOnScreen()
{
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QSize frameExtra = frameGeometry().size() - size();
    const QSize fitting = size().boundedTo(available.size() - frameExtra);
    if (fitting != size())
        resize(fitting.expandedTo(minimumSizeHint()));
    QRect frame = frameGeometry();
    if (!available.contains(frame)) {
        frame.moveRight(std::min(frame.right(), available.right()));
        frame.moveBottom(std::min(frame.bottom(), available.bottom()));
        frame.moveLeft(std::max(frame.left(), available.left()));
        frame.moveTop(std::max(frame.top(), available.top()));
        move(frame.topLeft());
    }
}

void DeleteConfirmationDialog::updateConfirmButton()
{
    const bool typed
        = !m_typedCount || m_typedCount->text().trimmed() == QString::number(m_plan.itemCount());
    const bool reasoned = !m_plan.requiresReason() || !m_reason->text().trimmed().isEmpty();
    const bool overridden = !m_overrideProtection || m_overrideProtection->isChecked();
    m_confirm->setEnabled(typed && reasoned && overridden && m_plan.itemCount() > 0);
    QString missing;
    if (!reasoned)
        missing = tr("Give a reason to continue.");
    else if (!typed)
        missing = tr("Type the number to continue.");
    else if (!overridden)
        missing = tr("Check Override protection to continue.");
    m_missing->setText(missing);
    m_missing->setVisible(!missing.isEmpty());
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
    preview->setHeaderLabels({ tr("Id"), tr("Name"), tr("Owner"), tr("Protected"), tr("Type"),
        tr("Members"), tr("Note") });
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
        const bool ownerProtected = dialog.ownerId != 0 && m_plan.guard.isProtected(dialog.ownerId);
        items.append(new QTreeWidgetItem(QStringList { dialog.id, dialog.name,
            m_plan.ownerName(dialog), ownerProtected ? tr("Protected") : QString(),
            Dialog::typeName(dialog.type), members, notes.join(u"; "_s) }));
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
    preview->setHeaderLabels(
        { tr("Id"), tr("Text"), tr("Sender"), tr("Protected"), tr("Sent"), tr("Note") });
    QList<QTreeWidgetItem *> items;
    items.reserve(m_plan.messages.size());
    for (const Message &message : std::as_const(m_plan.messages)) {
        // Plain text in a tree item is never rendered as markup.
        items.append(new QTreeWidgetItem(QStringList { message.id,
            MessageTableModel::previewText(message.text), m_plan.userName(message.senderId),
            m_plan.guard.isProtected(message.senderId) ? tr("Protected") : QString(),
            LocalTime::text(message.sentAt),
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
