// Further officials, commanders and envoys often named in Arabic news, 2010-2025.
// Columns: en | name | aliases | family | given | ISO3 | role | role_ar | en_aliases | extra
export default `
## armed-group leaders
Abdul-Ilah al-Bashir | عبد الإله البشير | العميد عبد الإله البشير |  |  | SYR | Chief of Staff of the Free Syrian Army's Supreme Military Council (2014) | رئيس أركان المجلس العسكري الأعلى للجيش السوري الحر (2014) |  |

## politicians and public figures
Bassam Rady | بسام راضي |  |  |  | EGY | Spokesman of the Egyptian Presidency (2016-2022) | المتحدث الرسمي باسم رئاسة الجمهورية المصرية (2016-2022) |  |
Sultan bin Salman | سلطان بن سلمان | الأمير سلطان بن سلمان / سلطان بن سلمان بن عبد العزيز | - | - | SAU | Head of the Saudi Commission for Tourism and National Heritage (2000-2018), first Arab astronaut | رئيس الهيئة العامة للسياحة والتراث الوطني السعودية (2000-2018) |  |
Ali Hassan Khalil | علي حسن خليل |  |  |  | LBN | Finance Minister of Lebanon (2014-2020), political aide to Nabih Berri | وزير المالية اللبناني (2014-2020)، المعاون السياسي لرئيس مجلس النواب نبيه بري |  |

## advisers, envoys, diplomats and spokespeople
Mohammed Al Jaber | محمد آل جابر | محمد بن سعيد آل جابر |  |  | SAU | Saudi ambassador to Yemen (2014-) | السفير السعودي لدى اليمن (منذ 2014) |  |
Brian Hook | براين هوك | بريان هوك |  |  | USA | US Special Representative for Iran (2018-2020) | المبعوث الأميركي الخاص بإيران (2018-2020) |  |

## intelligence and military chiefs
Gholam Ali Rashid | غلام علي رشيد |  |  | غلام علي | IRN | Commander of the Khatam al-Anbiya Central Headquarters of the Iranian armed forces (2016-2025) (killed 2025) | قائد مقر خاتم الأنبياء المركزي للقوات المسلحة الإيرانية (2016-2025) (قتل 2025) |  |
Hassan Firouzabadi | حسن فيروز آبادي | حسن فيروزآبادي |  |  | IRN | Chief of Staff of the Iranian Armed Forces (1989-2016) | رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية (1989-2016) |  |

## other world leaders
Najib Razak | نجيب عبد الرزاق | نجيب رزاق | - | نجيب | MYS | Prime Minister of Malaysia (2009-2018) | رئيس الوزراء الماليزي (2009-2018) |  |
Emmerson Mnangagwa | إيمرسون منانغاغوا | إمرسون منانغاغوا |  |  | ZWE | President of Zimbabwe (2017-) | رئيس زيمبابوي (منذ 2017) |  |
`;
