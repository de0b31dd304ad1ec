// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ConsoleParts.h"
#include "ModerationSettingsDialog.h"

#include <QTest>

// The first T to appear among parent's children within timeoutMs, or null after saying so: the
// caller's QVERIFY on it then fails where the wait did, instead of a test hanging further on.
template<class T> T *awaitChild(const QObject *parent, int timeoutMs = 5000)
{
    T *child = nullptr;
    if (!QTest::qWaitFor([&] { return (child = parent->findChild<T *>()) != nullptr; }, timeoutMs))
        qWarning("No %s appeared within %d ms", T::staticMetaObject.className(), timeoutMs);
    return child;
}

// The operator-safety settings, opened through the window's own action.
inline ModerationSettingsDialog *openSettings(const QObject *window)
{
    Parts::settingsAction(window)->trigger();
    return awaitChild<ModerationSettingsDialog>(window);
}
