// SPDX-License-Identifier: Apache-2.0

#include "PlainTextToolTips.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QToolTip>

using namespace Qt::StringLiterals;

void PlainTextToolTips::install(QApplication *application)
{
    const QString name = u"qbmod-plain-text-tooltips"_s;
    if (application->findChild<PlainTextToolTips *>(name, Qt::FindDirectChildrenOnly))
        return;
    auto *filter = new PlainTextToolTips(application);
    filter->setObjectName(name);
    application->installEventFilter(filter);
}

QString PlainTextToolTips::inert(const QString &text)
{
    // Escaped, the text cannot be markup; the paragraph keeps its spaces and line breaks.
    return u"<p style='white-space:pre-wrap'>"_s + text.toHtmlEscaped() + u"</p>"_s;
}

bool PlainTextToolTips::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ToolTip || !watched->isWidgetType())
        return QObject::eventFilter(watched, event);
    auto *viewport = static_cast<QWidget *>(watched);
    auto *view = qobject_cast<QAbstractItemView *>(viewport->parentWidget());
    if (!view || view->viewport() != viewport)
        return QObject::eventFilter(watched, event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const QString text = view->indexAt(help->pos()).data(Qt::ToolTipRole).toString();
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), inert(text), viewport);
    return true;
}
