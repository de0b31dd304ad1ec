// SPDX-License-Identifier: Apache-2.0

#include "DialogsPage.h"

#include "DialogDetailPane.h"
#include "HeaderWidths.h"
#include "TableKeyboard.h"
#include "api/ApiClient.h"
#include "api/ApiError.h"
#include "api/UserDirectory.h"
#include "console/ConsoleSession.h"
#include "models/DialogFilterProxyModel.h"
#include "models/DialogListLoader.h"
#include "models/DialogTableModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The locale's short date, but with the full year.
QString fullYearDateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return format;
}

} // namespace

DialogsPage::DialogsPage(ConsoleSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new DialogTableModel(this))
    , m_proxy(new DialogFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_splitter(new QSplitter(this))
    , m_errorBar(new QWidget(this))
    , m_errorLabel(new QLabel(m_errorBar))
{
    setObjectName(u"dialogsPage"_s);
    m_model->setObjectName(u"dialogModel"_s);
    m_proxy->setObjectName(u"dialogFilterModel"_s);
    m_proxy->setSourceModel(m_model);
    // Sorting tens of thousands of rows by name takes longer than a frame: in slices.
    m_proxy->setSliceRowLimit(20000);

    m_table->setObjectName(u"dialogTable"_s);
    m_table->setAccessibleName(tr("Dialogs"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // server order until the user sorts
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    TableKeyboard::install(m_table);

    m_errorBar->setObjectName(u"errorBar"_s);
    m_errorBar->setStyleSheet(u"#errorBar { background: #fde2e1; }"_s);
    auto *errorLayout = new QHBoxLayout(m_errorBar);
    errorLayout->setContentsMargins(8, 4, 8, 4);
    m_errorLabel->setObjectName(u"errorText"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    auto *retry = new QPushButton(tr("&Retry"), m_errorBar);
    retry->setObjectName(u"retryLoad"_s);
    auto *editProfile = new QPushButton(tr("Edit &profile…"), m_errorBar);
    editProfile->setObjectName(u"editProfile"_s);
    errorLayout->addWidget(m_errorLabel, 1);
    errorLayout->addWidget(retry);
    errorLayout->addWidget(editProfile);
    connect(editProfile, &QPushButton::clicked, this, &DialogsPage::editProfileRequested);
    // Until the first connection the page says what to do rather than stay blank.
    m_errorLabel->setText(tr("Not connected. Choose File › Connect… (Ctrl+Shift+O) to open a "
                             "profile, or try the built-in sandbox from there."));
    // Retry carries on from where loading stopped; it does not start again.
    connect(retry, &QPushButton::clicked, this, [this] {
        m_errorBar->hide();
        if (m_loader)
            m_loader->resume();
    });

    m_splitter->setObjectName(u"dialogSplitter"_s);
    m_splitter->addWidget(m_table);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createFilterBar());
    layout->addWidget(m_errorBar);
    layout->addWidget(m_splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &DialogsPage::selectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &DialogsPage::summaryChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &DialogsPage::followCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &DialogsPage::followCurrent);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &DialogsPage::summaryChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DialogsPage::summaryChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DialogsPage::summaryChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DialogsPage::followCurrent);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DialogsPage::followCurrent);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &DialogsPage::followCurrent);
    connect(m_proxy, &DialogFilterProxyModel::sortingChanged, this, [this](bool sorting) {
        Q_EMIT statusMessage(
            sorting ? tr("Sorting %n dialog(s)…", nullptr, m_model->rowCount()) : QString());
    });
    createPivots();
    connect(
        m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, &DialogsPage::maybeLoadMore);

    connect(m_session, &ConsoleSession::aboutToDisconnect, this, [this] {
        if (m_loader)
            m_loader->cancel();
        delete m_loader;
        m_loader = nullptr;
    });
    connect(m_session, &ConsoleSession::connected, this, &DialogsPage::onConnected);
    connect(m_session, &ConsoleSession::actingUserChanged, this, &DialogsPage::onActingUserChanged);
}

DialogsPage::~DialogsPage() = default;

QWidget *DialogsPage::createFilterBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(u"filterBar"_s);

    m_typeFilter = new QComboBox(bar);
    m_typeFilter->setObjectName(u"typeFilter"_s);
    m_typeFilter->setAccessibleName(tr("Dialog type"));
    m_typeFilter->addItem(tr("All types"), 0);
    m_typeFilter->addItem(tr("Public"), int(DialogType::Public));
    m_typeFilter->addItem(tr("Group"), int(DialogType::Group));
    m_typeFilter->addItem(tr("Private"), int(DialogType::Private));

    m_nameFilter = new QLineEdit(bar);
    m_nameFilter->setObjectName(u"nameFilter"_s);
    m_nameFilter->setPlaceholderText(tr("Name contains"));
    m_nameFilter->setAccessibleName(tr("Name contains (asks the server)"));
    m_nameFilter->setClearButtonEnabled(true);

    m_afterCheck = new QCheckBox(tr("Active after"), bar);
    m_afterDate = new QDateEdit(QDate::currentDate().addMonths(-3), bar);
    m_afterDate->setCalendarPopup(true);
    m_afterDate->setDisplayFormat(fullYearDateFormat());
    m_afterDate->setAccessibleName(tr("Last activity after"));
    m_beforeCheck = new QCheckBox(tr("Active before"), bar);
    m_beforeDate = new QDateEdit(QDate::currentDate().addMonths(-3), bar);
    m_beforeDate->setCalendarPopup(true);
    m_beforeDate->setDisplayFormat(fullYearDateFormat());
    m_beforeDate->setAccessibleName(tr("Last activity before"));

    auto *apply = new QPushButton(tr("Search server"), bar);
    apply->setObjectName(u"applyFilters"_s);
    connect(apply, &QPushButton::clicked, this, &DialogsPage::applyServerFilters);
    connect(m_nameFilter, &QLineEdit::returnPressed, this, &DialogsPage::applyServerFilters);

    m_localFilter = new QLineEdit(bar);
    m_localFilter->setObjectName(u"localFilter"_s);
    m_localFilter->setPlaceholderText(tr("Filter loaded dialogs (Ctrl+F)"));
    m_localFilter->setAccessibleName(tr("Filter loaded dialogs"));
    m_localFilter->setClearButtonEnabled(true);
    // Apply the filter once typing pauses, not per keystroke: a quick typist's keys come about
    // 100 ms apart, and the filter then applies well within 100 ms of the last one.
    auto *filterDelay = new QTimer(this);
    filterDelay->setSingleShot(true);
    filterDelay->setInterval(60);
    connect(m_localFilter, &QLineEdit::textChanged, filterDelay, qOverload<>(&QTimer::start));
    connect(filterDelay, &QTimer::timeout, this,
        [this] { m_proxy->setFilterText(m_localFilter->text()); });

    // Two rows, so that the page fits a 1024-pixel screen in any language: what asks the server
    // on the first, the dates and the local filter on the second.
    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_typeFilter);
    serverRow->addWidget(m_nameFilter, 1);
    serverRow->addWidget(apply);
    auto *secondRow = new QHBoxLayout;
    secondRow->addWidget(m_afterCheck);
    secondRow->addWidget(m_afterDate);
    secondRow->addWidget(m_beforeCheck);
    secondRow->addWidget(m_beforeDate);
    secondRow->addSpacing(16);
    secondRow->addWidget(m_localFilter, 1);
    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(serverRow);
    layout->addLayout(secondRow);
    return bar;
}

void DialogsPage::onConnected()
{
    m_errorBar->hide();
    ApiClient *client = m_session->client();
    UserDirectory *users = m_session->users();
    m_loader = new DialogListLoader(client, m_model, users, this);
    m_loader->setObjectName(u"dialogLoader"_s);
    connect(users, &UserDirectory::usersResolved, this,
        [this, users] { m_model->setUserNames(users->identities()); });
    connect(m_loader, &DialogListLoader::failed, this, &DialogsPage::onLoadFailed);
    connect(m_loader, &DialogListLoader::totalChanged, this, &DialogsPage::summaryChanged);
    connect(m_loader, &DialogListLoader::limitReached, this, [this](int loaded, int total) {
        const QLocale locale;
        Q_EMIT statusMessage(
            tr("Loaded the first %1 of %2 dialogs: the console holds at most %3. Narrow the list "
               "with the filters above, or list them all with qbmodctl dialogs list --all "
               "--jsonl.")
                .arg(locale.toString(loaded), locale.toString(total),
                    locale.toString(m_loader->loadAllLimit())));
    });
    connect(m_loader, &DialogListLoader::loadingChanged, this, [this](bool loading) {
        if (!loading && m_proxy->isBulkAppending())
            m_proxy->endBulkAppend();
        if (!loading)
            maybeLoadMore();
        Q_EMIT loadingChanged(loading);
    });
    connect(m_loader, &DialogListLoader::progressChanged, this, &DialogsPage::progressChanged);

    auto *detail = new DialogDetailPane(client, users, m_splitter);
    if (m_detail) {
        m_splitter->replaceWidget(1, detail);
        m_detail->deleteLater();
    } else {
        m_splitter->addWidget(detail);
    }
    m_detail = detail;
    // Tab goes from the table to the detail pane, not back up to the filters.
    setTabOrder(m_table, detail->membersView());
    setTabOrder(detail->membersView(), detail->messagesView());
    // Both grow with the window, the table more: the detail pane is not stuck at its first width.
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
}

void DialogsPage::onActingUserChanged()
{
    const auto &user = m_session->actingUser();
    const std::optional<qint64> onBehalfOf = user ? std::optional<qint64>(user->id) : std::nullopt;
    if (m_detail)
        m_detail->setActingUser(onBehalfOf);
    if (m_loader) {
        DialogQuery query = m_loader->query();
        query.onBehalfOf = onBehalfOf;
        m_errorBar->hide();
        m_loader->setQuery(query);
    }
}

void DialogsPage::reload()
{
    m_errorBar->hide();
    if (m_loader)
        m_loader->reload();
}

void DialogsPage::loadAll()
{
    if (!m_loader)
        return;
    m_loader->loadAll();
    // Pages arrive faster than each can be sorted in: they wait at the end and are sorted
    // once the load ends (see DialogFilterProxyModel::beginBulkAppend).
    if (m_loader->isLoading() && !m_proxy->isBulkAppending())
        m_proxy->beginBulkAppend();
}

void DialogsPage::cancelLoading()
{
    if (m_loader)
        m_loader->cancel();
}

bool DialogsPage::isLoading() const
{
    return m_loader && m_loader->isLoading();
}

void DialogsPage::focusLocalFilter()
{
    m_localFilter->setFocus(Qt::ShortcutFocusReason);
    m_localFilter->selectAll();
}

void DialogsPage::focusTable()
{
    m_table->setFocus(Qt::ShortcutFocusReason);
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(
            m_proxy->index(0, 0), QItemSelectionModel::NoUpdate);
}

void DialogsPage::showDialog(const QString &id)
{
    m_localFilter->setText(id);
    m_proxy->setFilterText(id);
    selectIds({ id });
}

void DialogsPage::selectAll()
{
    m_table->selectAll();
}

void DialogsPage::addTableActions(const QList<QAction *> &actions)
{
    for (QAction *pivot : std::as_const(m_pivots))
        m_table->removeAction(pivot);
    m_table->addActions(actions);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_table->addAction(separator);
    m_table->addActions(m_pivots);
}

void DialogsPage::createPivots()
{
    const auto pivot = [this](const QString &text, const QString &name, const QKeySequence &key) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_pivots.append(action);
        m_table->addAction(action);
        return action;
    };
    m_reviewOwner = pivot(tr("&Review owner"), u"reviewOwner"_s, QKeySequence(u"Ctrl+Shift+R"_s));
    connect(m_reviewOwner, &QAction::triggered, this, [this] {
        if (const auto dialog = currentDialog(); dialog && dialog->ownerId != 0)
            Q_EMIT reviewUserRequested(dialog->ownerId);
    });
    m_actAsOwner = pivot(tr("Act as &owner"), u"actAsOwner"_s, QKeySequence(u"Ctrl+Shift+E"_s));
    connect(m_actAsOwner, &QAction::triggered, this, [this] {
        if (const auto dialog = currentDialog(); dialog && dialog->ownerId != 0)
            Q_EMIT actAsUserRequested(dialog->ownerId);
    });
    QAction *copyId = pivot(tr("&Copy id"), u"copyDialogId"_s, QKeySequence::Copy);
    connect(copyId, &QAction::triggered, this, [this] {
        QStringList ids;
        const QList<Dialog> dialogs = selectedDialogs();
        for (const Dialog &dialog : dialogs)
            ids.append(dialog.id);
        if (ids.isEmpty())
            if (const auto dialog = currentDialog())
                ids.append(dialog->id);
        if (!ids.isEmpty())
            QApplication::clipboard()->setText(ids.join(u'\n'));
    });
    QAction *journal
        = pivot(tr("Show in &journal"), u"showDialogInJournal"_s, QKeySequence(u"Ctrl+Shift+J"_s));
    connect(journal, &QAction::triggered, this, [this] {
        if (const auto dialog = currentDialog())
            Q_EMIT journalRequested(dialog->id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &DialogsPage::updatePivots);
    connect(m_session, &ConsoleSession::connected, this, &DialogsPage::updatePivots);
    updatePivots();
}

void DialogsPage::updatePivots()
{
    const auto dialog = currentDialog();
    for (QAction *action : std::as_const(m_pivots))
        action->setEnabled(dialog.has_value());
    const bool hasOwner = dialog && dialog->ownerId != 0;
    m_reviewOwner->setEnabled(hasOwner);
    // Acting as someone takes an API key.
    m_actAsOwner->setEnabled(hasOwner && m_session->isApiKey());
}

std::optional<Dialog> DialogsPage::currentDialog() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->dialogAt(m_proxy->mapToSource(current).row());
}

void DialogsPage::followCurrent()
{
    if (!m_detail)
        return;
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const bool shown = current.isValid()
        && m_table->selectionModel()->isRowSelected(current.row(), current.parent());
    if (!shown) {
        if (!m_detail->dialogId().isEmpty())
            m_detail->showDialog(std::nullopt);
    } else if (m_detail->dialogId() != m_model->dialogAt(m_proxy->mapToSource(current).row()).id) {
        onCurrentChanged();
    }
    updatePivots();
}

void DialogsPage::applyServerFilters()
{
    if (!m_loader) {
        m_errorLabel->setText(tr("Not connected: nothing to search. Connect first (File › "
                                 "Connect…, Ctrl+Shift+O)."));
        m_errorBar->show();
        return;
    }
    DialogQuery query = m_loader->query();
    query.types.clear();
    const int type = m_typeFilter->currentData().toInt();
    if (type != 0)
        query.types.append(DialogType(type));
    query.nameContains = m_nameFilter->text().trimmed();
    query.lastActivityAfter = m_afterCheck->isChecked()
        ? m_afterDate->date().startOfDay(QTimeZone::utc())
        : QDateTime();
    query.lastActivityBefore = m_beforeCheck->isChecked()
        ? m_beforeDate->date().startOfDay(QTimeZone::utc())
        : QDateTime();
    m_errorBar->hide();
    m_loader->setQuery(query);
}

void DialogsPage::maybeLoadMore()
{
    if (!m_loader || !m_loader->canLoadMore())
        return;
    const QScrollBar *bar = m_table->verticalScrollBar();
    const int rowsHeight = m_proxy->rowCount() * m_table->verticalHeader()->defaultSectionSize();
    // Near the end, or everything loaded so far fits on the screen: fetch the next page.
    const bool fits = rowsHeight < m_table->viewport()->height();
    if (fits || (bar->maximum() > 0 && bar->value() >= bar->maximum() - bar->pageStep()))
        m_loader->loadMore();
}

void DialogsPage::onLoadFailed(const ApiError &error)
{
    m_errorLabel->setText(tr("Dialogs could not be loaded: %1").arg(error.message()));
    m_errorBar->show();
}

QList<Dialog> DialogsPage::selectedDialogs() const
{
    QList<Dialog> dialogs;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    dialogs.reserve(rows.size());
    for (const QModelIndex &index : rows)
        dialogs.append(m_model->dialogAt(m_proxy->mapToSource(index).row()));
    std::sort(dialogs.begin(), dialogs.end(),
        [](const Dialog &a, const Dialog &b) { return a.name < b.name; });
    return dialogs;
}

bool DialogsPage::hasSelection() const
{
    return m_table->selectionModel()->hasSelection();
}

void DialogsPage::selectIds(const QStringList &ids)
{
    QItemSelection selection;
    for (const QString &id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            selection.select(index, index);
    }
    m_table->selectionModel()->select(
        selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void DialogsPage::forgetDialogs(const QStringList &ids)
{
    if (!ids.isEmpty() && m_loader)
        m_loader->forgetDialogs(ids);
}

bool DialogsPage::isListed(const QString &id) const
{
    return m_model->rowOf(id) >= 0;
}

void DialogsPage::onCurrentChanged()
{
    if (!m_detail)
        return;
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_detail->showDialog(std::nullopt);
        return;
    }
    m_detail->showDialog(m_model->dialogAt(m_proxy->mapToSource(current).row()));
}

QString DialogsPage::selectionSummary() const
{
    const QLocale locale;
    const int selected = static_cast<int>(m_table->selectionModel()->selectedRows().size());
    const int loaded = m_model->rowCount();
    const int total = m_loader ? m_loader->totalEntries() : -1;
    const QString shown = locale.toString(m_proxy->rowCount());
    const bool filtered = m_proxy->rowCount() != loaded;
    // Whole sentences, never glued from pieces: a translation may need another order.
    if (total < 0) {
        return filtered ? tr("%1 selected of %2 loaded (%3 shown by the filter)")
                              .arg(locale.toString(selected), locale.toString(loaded), shown)
                        : tr("%1 selected of %2 loaded")
                              .arg(locale.toString(selected), locale.toString(loaded));
    }
    return filtered
        ? tr("%1 selected of %2 loaded, %3 in total (%4 shown by the filter)")
              .arg(
                  locale.toString(selected), locale.toString(loaded), locale.toString(total), shown)
        : tr("%1 selected of %2 loaded, %3 in total")
              .arg(locale.toString(selected), locale.toString(loaded), locale.toString(total));
}

void DialogsPage::restoreLayout(const QSettings *settings)
{
    // Sensible widths until the user's own layout is restored.
    const QList<int> widths { 220, 70, 150, 70, 300, 150, 150 };
    for (int column = 0; column < widths.size(); ++column)
        m_table->setColumnWidth(column, widths.at(column));
    HeaderWidths::fit(m_table);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_splitter->setSizes({ 900, 340 });
    if (settings) {
        m_splitter->restoreState(settings->value(u"window/splitter"_s).toByteArray());
        m_table->horizontalHeader()->restoreState(
            settings->value(u"window/columns"_s).toByteArray());
    }
    // The last message takes the room a wider window gives (fitLastMessageColumn).
    m_table->horizontalHeader()->setSectionResizeMode(
        DialogTableModel::LastMessage, QHeaderView::Interactive);
    if (!m_fittingLastMessage) {
        m_fittingLastMessage = true;
        m_table->viewport()->installEventFilter(this);
        connect(
            m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
                if (column != DialogTableModel::LastMessage)
                    fitLastMessageColumn();
            });
    }
    fitLastMessageColumn();
}

bool DialogsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitLastMessageColumn();
    return QWidget::eventFilter(watched, event);
}

void DialogsPage::fitLastMessageColumn()
{
    // The room the other columns leave, but never less than the header's text: a stretching
    // section would shrink below it on a small screen, and the header would be cut off.
    QHeaderView *header = m_table->horizontalHeader();
    int others = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column != DialogTableModel::LastMessage && !header->isSectionHidden(column))
            others += header->sectionSize(column);
    }
    const int least = std::max(header->sectionSizeHint(DialogTableModel::LastMessage), 150);
    header->resizeSection(
        DialogTableModel::LastMessage, std::max(least, m_table->viewport()->width() - others));
}

void DialogsPage::saveLayout(QSettings *settings) const
{
    settings->setValue(u"window/splitter"_s, m_splitter->saveState());
    settings->setValue(u"window/columns"_s, m_table->horizontalHeader()->saveState());
}
