// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

class QWidget;

// Every question and warning the console puts to the operator goes through one of these, so
// that tests can answer each confirmation and see each error: the real one shows message
// boxes, a test's records what it was asked and answers as told.
class Prompter {
public:
    virtual ~Prompter() = default;

    // Which answer Enter gives: No, or the one the platform's message box picks by itself.
    enum class EnterAnswers { No, PlatformDefault };
    // A yes/no question. true: the operator said yes.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &question,
        EnterAnswers enter = EnterAnswers::No)
        = 0;
    virtual void warn(QWidget *parent, const QString &title, const QString &message) = 0;
    virtual void inform(QWidget *parent, const QString &title, const QString &message) = 0;
    // Where to save a file; empty when the operator cancelled.
    virtual QString saveFileName(
        QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter)
        = 0;

    // The message-box prompter, unless a test set another (which it owns and must outlive use).
    static Prompter *current();
    static void setCurrent(Prompter *prompter);
};
