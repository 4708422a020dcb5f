#include "protocol.h"

#include <QStringList>

#include <array>
#include <utility>

namespace cec::protocol {
namespace {

using namespace Qt::StringLiterals;

constexpr std::array kControlTypes{
    std::pair{ControlType::Connect, "CONNECT"_L1},
    std::pair{ControlType::Chat, "CHAT"_L1},
    std::pair{ControlType::Input, "INPUT"_L1},
    std::pair{ControlType::Trans2Agent, "TRANS2AGENT"_L1},
    std::pair{ControlType::Read, "READ"_L1},
    std::pair{ControlType::Disconnect, "DISCONNECT"_L1},
};

constexpr std::array kMediaTypes{
    std::pair{MediaType::Text, "TEXT"_L1},
    std::pair{MediaType::Image, "IMAGE"_L1},
    std::pair{MediaType::Audio, "AUDIO"_L1},
    std::pair{MediaType::Video, "VIDEO"_L1},
    std::pair{MediaType::File, "FILE"_L1},
    std::pair{MediaType::FileImage, "FILE_IMAGE"_L1},
    std::pair{MediaType::FileVideo, "FILE_VIDEO"_L1},
    std::pair{MediaType::WebCard, "WEBCARD"_L1},
    std::pair{MediaType::Locate, "LOCATE"_L1},
    std::pair{MediaType::Document, "DOCUMENT"_L1},
};

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, QLatin1StringView>, N> &table, Enum value)
{
    for (const auto &[candidate, name] : table) {
        if (candidate == value)
            return name;
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, QLatin1StringView>, N> &table,
                            QStringView text)
{
    for (const auto &[candidate, name] : table) {
        if (text.compare(name, Qt::CaseInsensitive) == 0)
            return candidate;
    }
    return std::nullopt;
}

} // namespace

QString toString(ControlType type)
{
    return nameOf(kControlTypes, type);
}
QString toString(MediaType type)
{
    return nameOf(kMediaTypes, type);
}
std::optional<ControlType> controlTypeFromString(QStringView text)
{
    return valueOf(kControlTypes, text.trimmed());
}
std::optional<MediaType> mediaTypeFromString(QStringView text)
{
    return valueOf(kMediaTypes, text.trimmed());
}

SourceType sourceTypeFromString(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.compare("CUSTOMER"_L1, Qt::CaseInsensitive) == 0 ||
        t.compare("USER"_L1, Qt::CaseInsensitive) == 0)
        return SourceType::Customer;
    if (t.compare("AGENT"_L1, Qt::CaseInsensitive) == 0)
        return SourceType::Agent;
    if (t.compare("ROBOT"_L1, Qt::CaseInsensitive) == 0)
        return SourceType::Robot;
    if (t.compare("SYSTEM"_L1, Qt::CaseInsensitive) == 0)
        return SourceType::System;
    return SourceType::Unknown;
}

std::optional<CallEventId> callEventIdFromInt(int id)
{
    switch (static_cast<CallEventId>(id)) {
    case CallEventId::Setup:
    case CallEventId::Queuing:
    case CallEventId::QueueTimeout:
    case CallEventId::Failure:
    case CallEventId::Transfer:
    case CallEventId::Release:
        return static_cast<CallEventId>(id);
    }
    return std::nullopt;
}

QString toWire(MediaAbility ability)
{
    return ability == MediaAbility::Video ? u"1"_s : u"0"_s;
}

QStringList uploadFileTypes()
{
    return {u"jpg"_s, u"jpeg"_s, u"png"_s, u"bmp"_s, u"mp3"_s,
            u"aac"_s, u"mp4"_s,  u"txt"_s, u"csv"_s};
}

bool isUploadFileType(QStringView extension)
{
    static const QStringList types = uploadFileTypes();
    return types.contains(extension.toString(), Qt::CaseInsensitive);
}

bool isImageFileType(QStringView extension)
{
    return extension.compare(u"jpg", Qt::CaseInsensitive) == 0 ||
           extension.compare(u"jpeg", Qt::CaseInsensitive) == 0 ||
           extension.compare(u"png", Qt::CaseInsensitive) == 0 ||
           extension.compare(u"bmp", Qt::CaseInsensitive) == 0;
}

QString FileMessage::toContent() const
{
    QString safeName = name;
    safeName.replace(u',', u'_');
    return safeName + u',' + QString::number(size) + u',' + objectKey + u',' + type;
}

FileMessage FileMessage::parse(const QString &content)
{
    FileMessage file;
    const QStringList fields = content.split(u',');
    if (fields.size() < 4) {
        file.objectKey = content;
        return file;
    }
    const qsizetype n = fields.size();
    file.name = fields.mid(0, n - 3).join(u',');
    bool ok = false;
    const qint64 size = fields.at(n - 3).trimmed().toLongLong(&ok);
    file.size = ok && size >= 0 ? size : -1;
    file.objectKey = fields.at(n - 2);
    file.type = fields.at(n - 1);
    return file;
}

bool isDownloadFileType(QStringView extension)
{
    static const QStringList extra{u"richtext"_s, u"doc"_s, u"docx"_s, u"pdf"_s, u"zip"_s};
    return isUploadFileType(extension) || extra.contains(extension.toString(), Qt::CaseInsensitive);
}

} // namespace cec::protocol
