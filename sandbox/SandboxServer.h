#pragma once
#include <QObject>

namespace simuwave::sandbox {

class SandboxServer : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
};

} // namespace simuwave::sandbox
