// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QObject>

class QApplication;

// Shows every item view's tooltips as plain text. Tooltips in tables and lists carry text from
// the server (dialog names, last messages, the server's error words), and QToolTip renders
// anything that looks like HTML as rich text: an <img src=…> in a chat name would be loaded and
// shown. One application-wide filter covers every view, present and future.
class PlainTextToolTips final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlainTextToolTips)

public:
    // Installs the filter on the application once; later calls do nothing.
    static void install(QApplication *application);

    // The rich text that shows text exactly as written, line breaks kept.
    static QString inert(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};
