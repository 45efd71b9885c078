// SPDX-License-Identifier: MIT

#include "organisations.hpp"

#include <array>
#include <string>

#include "geokg/io/state_codes.hpp"

namespace geokg::io::detail {
namespace {

// Aliases include the spellings the datasets use ("Organization of Eastern Carribean States" is
// GSDB's). Successor bodies share an entry only where one continues the other's membership and
// legal personality: the EEC, the European Communities and the EU; the CSCE and the OSCE; GATT
// and the WTO (TIES files both under one code). The OAU and the African Union stay apart (the
// AU was founded anew in 2002), as do the G7 and the G8.
constexpr std::array<organisation_entry, 30> organisations = {{
    {"UN", "United Nations", "UN|United Nations Organization", ""},
    {"EU", "European Union",
     "EU|EC|EEC|European Communities|European Community|European Economic Community",
     "The European Economic Community (1958), the European Communities and the European Union "
     "(1993), its successor, are one actor here."},
    {"NATO", "North Atlantic Treaty Organization", "NATO", ""},
    {"AU", "African Union", "AU", ""},
    {"OAU", "Organisation of African Unity", "OAU|Organization of African Unity", ""},
    {"OAS", "Organization of American States", "OAS", ""},
    {"LAS", "League of Arab States", "Arab League|LAS", ""},
    {"OIC", "Organisation of Islamic Cooperation",
     "OIC|Organisation of the Islamic Conference|Organization of the Islamic Conference", ""},
    {"OAPEC", "Organization of Arab Petroleum Exporting Countries", "OAPEC", ""},
    {"OPEC", "Organization of the Petroleum Exporting Countries", "OPEC", ""},
    {"OECD", "Organisation for Economic Co-operation and Development", "OECD", ""},
    {"OSCE", "Organization for Security and Co-operation in Europe",
     "OSCE|CSCE|Conference on Security and Co-operation in Europe",
     "The CSCE (1975) and the OSCE (1995), its renamed continuation, are one actor here."},
    {"ECOWAS", "Economic Community of West African States", "ECOWAS", ""},
    {"SADC", "Southern African Development Community", "SADC", ""},
    {"PIF", "Pacific Islands Forum", "PIF|South Pacific Forum", ""},
    {"OECS", "Organisation of Eastern Caribbean States",
     "OECS|Organization of Eastern Caribbean States|Organization of Eastern Carribean States", ""},
    {"UNASUR", "Union of South American Nations", "UNASUR", ""},
    {"MERCOSUR", "Southern Common Market", "MERCOSUR|Mercosul", ""},
    {"NAFTA", "North American Free Trade Agreement", "NAFTA", ""},
    {"G7", "Group of Seven", "G7|G-7", ""},
    {"G8", "Group of Eight", "G8|G-8", ""},
    {"COCOM", "Coordinating Committee for Multilateral Export Controls", "CoCom|COCOM", ""},
    {"CHINCOM", "China Committee", "ChinCom|CHINCOM", ""},
    {"COMECON", "Council for Mutual Economic Assistance", "Comecon|CMEA", ""},
    {"EAEU", "Eurasian Economic Union", "EAEU|EEU", ""},
    {"COMMONWEALTH", "Commonwealth of Nations", "Commonwealth|The Commonwealth", ""},
    {"IAEA", "International Atomic Energy Agency", "IAEA", ""},
    {"IMF", "International Monetary Fund", "IMF", ""},
    {"IBRD", "International Bank for Reconstruction and Development (World Bank)",
     "IBRD|World Bank", ""},
    {"WTO", "World Trade Organization", "WTO|GATT|General Agreement on Tariffs and Trade",
     "The GATT (1948) and the WTO (1995), which took it over, are one actor here."},
}};

template <class F>
void for_each_alias(std::string_view aliases, F&& f) {
  for (std::size_t b = 0; b <= aliases.size();) {
    auto e = aliases.find('|', b);
    if (e == std::string_view::npos) e = aliases.size();
    if (e > b) f(aliases.substr(b, e - b));
    b = e + 1;
  }
}

}  // namespace

const organisation_entry* find_organisation(std::string_view name) {
  const auto key = state_codes::normalize_name(name);
  if (key.empty()) return nullptr;
  for (const auto& o : organisations) {
    bool hit =
        state_codes::normalize_name(o.id) == key || state_codes::normalize_name(o.name) == key;
    for_each_alias(o.aliases,
                   [&](std::string_view a) { hit = hit || state_codes::normalize_name(a) == key; });
    if (hit) return &o;
  }
  return nullptr;
}

const organisation_entry* organisation_by_id(std::string_view id) noexcept {
  for (const auto& o : organisations)
    if (o.id == id) return &o;
  return nullptr;
}

actor make_organisation(const organisation_entry& o, std::string_view introduced_by) {
  actor a{actor_id(o.id), actor_kind::organisation};
  a.name = std::string(o.name);
  for_each_alias(o.aliases, [&](std::string_view alias) {
    if (alias != o.id) a.aliases.emplace_back(alias);
  });
  a.note = "International organisation named by " + std::string(introduced_by) +
           " (geokg's organisation table; existence not recorded).";
  if (!o.note.empty()) a.note += " " + std::string(o.note);
  return a;
}

}  // namespace geokg::io::detail
