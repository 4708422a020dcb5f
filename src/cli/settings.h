// Where cecctl's connection settings come from, highest priority first: command-line flags,
// CEC_* environment variables, then an INI config file. Kept apart from the commands so the
// precedence rules live in one place.
#pragma once

#include "clientconfig.h"

#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

class QCommandLineParser;

namespace cec::cli {

// One connection setting: its flag name (also the config-file key) and its environment variable.
struct SettingName final
{
    QLatin1StringView option;
    QLatin1StringView environment; // empty: no environment variable
    QLatin1StringView valueName;
    QLatin1StringView description;
};

// All connection settings, in the order --help lists them.
const QList<SettingName> &connectionSettings();

struct LoadedSettings final
{
    ClientConfig config;
    QString configFile;   // the file that was read, empty if none
    QStringList warnings; // one line each, for stderr
};

struct SettingsInput final
{
    QHash<QString, QString> flags; // option name -> value, only the flags that were given
    QProcessEnvironment environment;
    QString explicitConfigFile; // --config; empty: the default path if that file exists
};

// The flags among connectionSettings() (and --config) that the parser saw.
SettingsInput settingsInputFrom(const QCommandLineParser &parser,
                                const QProcessEnvironment &environment);

QString defaultConfigFilePath();

// The ClientConfig, or a sentence saying which setting is missing or wrong.
std::variant<LoadedSettings, QString> loadSettings(const SettingsInput &input);

} // namespace cec::cli
