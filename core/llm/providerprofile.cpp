// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerprofile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

ProviderProfile ProviderProfile::fromEnvironment()
{
    ProviderProfile profile;
    profile.id = u"environment"_s;
    profile.name = QCoreApplication::translate("ProviderProfile", "From the environment (OPENAI_BASE_URL)");
    const QString base = qEnvironmentVariable("OPENAI_BASE_URL").trimmed();
    profile.baseUrl = QUrl(base.isEmpty() ? QString::fromLatin1(DefaultBaseUrl) : base);
    profile.apiKey = qEnvironmentVariable("OPENAI_API_KEY").trimmed();
    profile.defaultModel = qEnvironmentVariable("OPENAI_MODEL").trimmed();
    return profile;
}

QUrl ProviderProfile::endpoint(const QString &path) const
{
    QUrl url = baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/')) {
        basePath.chop(1);
    }
    QString tail = path;
    while (tail.startsWith(u'/')) {
        tail.remove(0, 1);
    }
    url.setPath(basePath + u'/' + tail);
    return url;
}

QJsonObject ProviderProfile::toJson() const
{
    QJsonObject headers;
    for (auto it = extraHeaders.cbegin(); it != extraHeaders.cend(); ++it) {
        headers.insert(QString::fromLatin1(it.key()), QString::fromLatin1(it.value()));
    }
    return QJsonObject{{u"id"_s, id},
                       {u"name"_s, name},
                       {u"baseUrl"_s, baseUrl.toString()},
                       {u"defaultModel"_s, defaultModel},
                       {u"extraHeaders"_s, headers},
                       {u"extraBody"_s, extraBody}};
}

ProviderProfile ProviderProfile::fromJson(const QJsonObject &object)
{
    ProviderProfile profile;
    profile.id = object.value("id"_L1).toString();
    profile.name = object.value("name"_L1).toString();
    profile.baseUrl = QUrl(object.value("baseUrl"_L1).toString());
    profile.defaultModel = object.value("defaultModel"_L1).toString();
    const QJsonObject headers = object.value("extraHeaders"_L1).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        profile.extraHeaders.insert(it.key().toLatin1(), it.value().toString().toLatin1());
    }
    profile.extraBody = object.value("extraBody"_L1).toObject();
    return profile;
}
