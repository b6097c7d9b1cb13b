#pragma once
// Keeps the console looking like the partner's own: reads the branding record and the logo document from
// the cache (brand name, primary colour, logo) whenever a profile's cache opens or either changes, and hands
// them to ConsoleContext::setBranding() (the window and the PDFs follow). Without a cache: SimuWave's own.
#include <QObject>

namespace simuwave {

class ConsoleContext;

class BrandingLoader : public QObject
{
    Q_OBJECT
public:
    explicit BrandingLoader(ConsoleContext &context, QObject *parent = nullptr);
    void reload();

private:
    ConsoleContext &m_context;
};

} // namespace simuwave
