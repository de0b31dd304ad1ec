// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Prompter.h"

#include <QStringList>

// Answers as told and remembers what it was asked: the console's confirmations and errors,
// reached by tests without a message box. Install with Prompter::setCurrent, and set it back to
// nullptr before it goes.
class RecordingPrompter final : public Prompter {
public:
    bool confirm(QWidget *, const QString &title, const QString &, EnterAnswers) override
    {
        asked.append(title);
        return answer;
    }
    void warn(QWidget *, const QString &title, const QString &message) override
    {
        warnings.append(title + QStringLiteral(": ") + message);
    }
    void inform(QWidget *, const QString &title, const QString &message) override
    {
        asked.append(title);
        informed.append(message);
    }
    QString saveFileName(
        QWidget *, const QString &title, const QString &suggested, const QString &) override
    {
        asked.append(title);
        suggestedName = suggested;
        return savePath;
    }

    bool answer = true;
    QString savePath;
    QString suggestedName; // what the last save question offered
    QStringList asked; // titles, in order
    QStringList warnings; // "title: message"
    QStringList informed; // messages
};
