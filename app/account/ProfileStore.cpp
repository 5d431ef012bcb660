#include "ProfileStore.h"

#include "log/LogCategories.h"

#include <QCollator>

#include <algorithm>

namespace podwarden {

namespace {

const QString kProfilesGroup = QStringLiteral("profiles");
const QString kCurrentKey = QStringLiteral("currentProfile");
const QString kName = QStringLiteral("name");
const QString kProvider = QStringLiteral("provider");
const QString kProjectId = QStringLiteral("projectId");
const QString kTeamId = QStringLiteral("teamId");
const QString kManagementBase = QStringLiteral("managementBase");
const QString kInvocationBase = QStringLiteral("invocationBase");
const QString kCaFile = QStringLiteral("caFile");

// An id becomes a settings group name, so it must not be empty or contain a group separator.
bool isUsableId(const QString& id)
{
    return !id.isEmpty() && !id.contains(QLatin1Char('/')) && !id.contains(QLatin1Char('\\'));
}

QString groupOf(const QString& id)
{
    return kProfilesGroup + QLatin1Char('/') + id;
}

} // namespace

ProfileStore::ProfileStore() = default;

ProfileStore::ProfileStore(const QString& settingsFile)
    : m_settings(settingsFile, QSettings::IniFormat)
{}

QList<Profile> ProfileStore::profiles() const
{
    m_settings.beginGroup(kProfilesGroup);
    const QStringList ids = m_settings.childGroups();
    m_settings.endGroup();

    QList<Profile> out;
    for (const QString& id : ids) {
        if (auto p = profile(id))
            out.append(std::move(*p));
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(out.begin(), out.end(), [&collator](const Profile& a, const Profile& b) {
        const int byName = collator.compare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return out;
}

std::optional<Profile> ProfileStore::profile(const QString& id) const
{
    if (!isUsableId(id))
        return std::nullopt;
    m_settings.beginGroup(groupOf(id));
    const bool present = m_settings.contains(kName);
    Profile p;
    p.id = id;
    p.name = m_settings.value(kName).toString();
    const QString providerText = m_settings.value(kProvider).toString();
    p.managementBase = QUrl(m_settings.value(kManagementBase).toString(), QUrl::StrictMode);
    p.invocationBase = QUrl(m_settings.value(kInvocationBase).toString(), QUrl::StrictMode);
    p.caFile = m_settings.value(kCaFile).toString();
    p.projectId = m_settings.value(kProjectId).toString();
    p.teamId = m_settings.value(kTeamId).toString();
    m_settings.endGroup();

    if (!present)
        return std::nullopt;
    const auto provider = providerFromString(providerText);
    if (!provider) {
        qCWarning(lcAccount) << "skipping profile" << id << "with unknown provider" << providerText;
        return std::nullopt;
    }
    p.provider = *provider;
    // The CA file is left out of this check: it may be missing for a while (an unmounted drive), and
    // connecting reports that. A bad name or base cannot be fixed by waiting, so such an entry is skipped.
    Profile withoutCa = p;
    withoutCa.caFile.clear();
    if (const QString problem = withoutCa.validate(); !problem.isEmpty()) {
        qCWarning(lcAccount) << "skipping invalid profile" << id << ":" << problem;
        return std::nullopt;
    }
    return p;
}

void ProfileStore::save(const Profile& profile)
{
    if (!isUsableId(profile.id)) {
        qCWarning(lcAccount) << "not saving a profile with an unusable id" << profile.id;
        return;
    }
    // Replace the group whole, so keys of an older version never linger beside the new ones.
    m_settings.remove(groupOf(profile.id));
    m_settings.beginGroup(groupOf(profile.id));
    m_settings.setValue(kName, profile.name);
    m_settings.setValue(kProvider, toWireString(profile.provider));
    m_settings.setValue(kManagementBase, profile.managementBase.toString(QUrl::FullyEncoded));
    m_settings.setValue(kInvocationBase, profile.invocationBase.toString(QUrl::FullyEncoded));
    m_settings.setValue(kCaFile, profile.caFile);
    if (profile.isPaperspace()) {
        m_settings.setValue(kProjectId, profile.projectId);
        if (!profile.teamId.isEmpty())
            m_settings.setValue(kTeamId, profile.teamId);
    }
    m_settings.endGroup();
}

void ProfileStore::remove(const QString& id)
{
    if (!isUsableId(id))
        return;
    m_settings.remove(groupOf(id));
    if (currentId() == id)
        m_settings.remove(kCurrentKey);
}

QString ProfileStore::currentId() const
{
    return m_settings.value(kCurrentKey).toString();
}

void ProfileStore::setCurrentId(const QString& id)
{
    if (id.isEmpty())
        m_settings.remove(kCurrentKey);
    else
        m_settings.setValue(kCurrentKey, id);
}

std::optional<Profile> ProfileStore::current() const
{
    return profile(currentId());
}

void ProfileStore::sync()
{
    m_settings.sync();
}

} // namespace podwarden
