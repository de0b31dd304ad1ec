// SPDX-License-Identifier: Apache-2.0

#include "LoadAllBar.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>

using namespace Qt::StringLiterals;

LoadAllBar::LoadAllBar(const QString &buttonText, const QString &objectNamePrefix, QWidget *parent)
    : QWidget(parent)
    , m_loadAll(new QPushButton(buttonText, this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    m_loadAll->setObjectName(objectNamePrefix + u"LoadAll"_s);
    m_progress->setObjectName(objectNamePrefix + u"LoadAllProgress"_s);
    m_cancel->setObjectName(objectNamePrefix + u"CancelLoadAll"_s);
    m_progress->setAccessibleName(tr("Loading progress"));
    m_progress->setTextVisible(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_loadAll);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_cancel);
    connect(m_loadAll, &QPushButton::clicked, this, &LoadAllBar::loadAllRequested);
    connect(m_cancel, &QPushButton::clicked, this, &LoadAllBar::cancelRequested);
    m_progress->hide();
    m_cancel->hide();
}

void LoadAllBar::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    m_loadAll->setVisible(!running);
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    if (running)
        setProgress(0, -1);
}

void LoadAllBar::setProgress(int loaded, int total)
{
    if (total < 0) {
        // Busy: nothing tells how far there is to go.
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("%n loaded", nullptr, loaded));
    } else {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(std::min(loaded, total));
        m_progress->setFormat(tr("%1 of %2").arg(loaded).arg(total));
    }
}

void LoadAllBar::setAvailable(bool available)
{
    m_loadAll->setEnabled(available);
}
