// SPDX-License-Identifier: Apache-2.0

#include "RequestPreview.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QString pathWithQuery(const ApiRequest &request)
{
    const QString query = request.query.toString(QUrl::FullyEncoded);
    return request.path + (query.isEmpty() ? QString() : u'?' + query);
}

} // namespace

QString RequestPreview::line(const ApiRequest &request)
{
    QString text = QString::fromLatin1(request.verb) + u' ' + pathWithQuery(request);
    if (request.onBehalfOf)
        text += u"  On-Behalf-Of: "_s + QString::number(*request.onBehalfOf);
    if (!request.body.isEmpty())
        text += u"  "_s + QString::fromUtf8(request.body);
    return text;
}

QJsonObject RequestPreview::json(const ApiRequest &request)
{
    QJsonObject object { { u"verb"_s, QString::fromLatin1(request.verb) },
        { u"path"_s, pathWithQuery(request) }, { u"body"_s, QString::fromUtf8(request.body) } };
    if (request.onBehalfOf)
        object.insert(u"on_behalf_of"_s, *request.onBehalfOf);
    return object;
}
