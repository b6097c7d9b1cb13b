#pragma once
// A partner user (GET /v1/users, /v1/me).
#include "domain/Statuses.h"

#include <QDateTime>
#include <QString>

namespace simuwave {

struct User
{
    QString id; // "usr_..."
    QString email;
    QString name;
    StatusValue<UserRole> role;
    QString status; // "active", "invited"
    bool emailVerified = false;
    bool twoFactorEnabled = false;
    QDateTime lastLoginAt;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const User &) const = default;
};

} // namespace simuwave
