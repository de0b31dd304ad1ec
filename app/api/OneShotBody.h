// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QIODevice>

// The body of a request that changes something on the server (DELETE, PUT, POST), handed to
// QNetworkAccessManager so that Qt can send it once and never again on its own.
//
// Qt's HTTP/1 channel re-sends a request by itself when its connection closes before the
// answer starts: a kept-alive connection the server let go just as the request arrived, or any
// connection dropped while waiting (QHttpNetworkConnectionChannel, up to three times, with no
// attribute to turn it off on Qt 6.4 to 6.8; the idempotency check later versions added leaves
// DELETE and PUT out, and covers one of the paths only). Opening a fresh connection for each
// such request would not help: the re-send follows any close before the answer, fresh or
// reused. What every one of these versions honours is the body: before a re-send Qt rewinds it
// with reset(), and when that fails it gives up with ContentReSendError instead. This device
// cannot be rewound, so the request leaves once; the attempt comes back unanswered, and
// ApiClient decides in the open, with the attempt recorded, whether to send it again.
//
// Sequential, so Qt must be told its size (Content-Length) and not to buffer it
// (DoNotBufferUploadDataAttribute): a buffered copy could be rewound.
class OneShotBody final : public QIODevice {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotBody)

public:
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;
    // Never: a request once handed over is not sent a second time by the transport.
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};
