// Russia, China, United Kingdom, France, Germany, 2010-2025. Columns: en | name | aliases | family | given | ISO3 | role | role_ar | en_aliases | extra
export default `
## heads of state and government
Vladimir Putin | فلاديمير بوتين | فلاديمير فلاديميروفيتش بوتين / فلاديمير بوتن |  |  | RUS | President of Russia (2000-2008, 2012-), Prime Minister (2008-2012) | الرئيس الروسي (منذ 2012)، رئيس الوزراء (2008-2012) | Putin | Q7747
Dmitry Medvedev | ديمتري ميدفيديف | دميتري ميدفيديف / دميتري مدفيديف / ديمتري مدفيديف / ديميتري ميدفيديف |  |  | RUS | President of Russia (2008-2012), Prime Minister (2012-2020), deputy chairman of the Security Council (2020-) | الرئيس الروسي (2008-2012)، رئيس الوزراء (2012-2020)، نائب رئيس مجلس الأمن الروسي | Dmitri Medvedev |
Mikhail Mishustin | ميخائيل ميشوستين |  |  |  | RUS | Prime Minister of Russia (2020-) | رئيس الوزراء الروسي (منذ 2020) |  |
Hu Jintao | هو جين تاو | هو جينتاو | هو | - | CHN | President of China (2003-2013) | الرئيس الصيني (2003-2013) |  |
Xi Jinping | شي جين بينغ | شي جينبينغ / شي جين بينج / تشي جين بينغ | شي | - | CHN | President of China (2013-), General Secretary of the Communist Party (2012-) | الرئيس الصيني (منذ 2013)، الأمين العام للحزب الشيوعي الصيني | Xi | Q15031
Wen Jiabao | ون جيا باو | وين جياباو / وين جيا باو | ون | - | CHN | Premier of China (2003-2013) | رئيس مجلس الدولة الصيني (2003-2013) |  |
Li Keqiang | لي كه تشيانغ | لي كيكيانغ / لي كه تشيانج / لي كه شيانغ | لي | - | CHN | Premier of China (2013-2023) | رئيس مجلس الدولة الصيني (2013-2023) |  |
Li Qiang | لي تشيانغ | لي تشيانج | لي | - | CHN | Premier of China (2023-) | رئيس مجلس الدولة الصيني (منذ 2023) |  |
Gordon Brown | غوردون براون | جوردون براون |  |  | GBR | Prime Minister of the United Kingdom (2007-2010) | رئيس الوزراء البريطاني (2007-2010) |  |
David Cameron | ديفيد كاميرون | دافيد كاميرون |  |  | GBR | Prime Minister of the United Kingdom (2010-2016), Foreign Secretary (2023-2024) | رئيس الوزراء البريطاني (2010-2016)، وزير الخارجية (2023-2024) |  | Q192
Theresa May | تيريزا ماي | تيريزا مي / تريزا ماي |  |  | GBR | Prime Minister of the United Kingdom (2016-2019) | رئيسة الوزراء البريطانية (2016-2019) |  | Q264766
Boris Johnson | بوريس جونسون | بوريس جونسن |  |  | GBR | Prime Minister of the United Kingdom (2019-2022), Foreign Secretary (2016-2018) | رئيس الوزراء البريطاني (2019-2022)، وزير الخارجية (2016-2018) |  | Q180589
Liz Truss | ليز تراس |  |  |  | GBR | Prime Minister of the United Kingdom (2022), Foreign Secretary (2021-2022) | رئيسة الوزراء البريطانية (2022)، وزيرة الخارجية (2021-2022) | Elizabeth Truss |
Rishi Sunak | ريشي سوناك |  |  |  | GBR | Prime Minister of the United Kingdom (2022-2024) | رئيس الوزراء البريطاني (2022-2024) |  |
Keir Starmer | كير ستارمر | كير ستارمير |  |  | GBR | Prime Minister of the United Kingdom (2024-) | رئيس الوزراء البريطاني (منذ 2024) |  |
Nicolas Sarkozy | نيكولا ساركوزي | نيكولاس ساركوزي |  |  | FRA | President of France (2007-2012) | الرئيس الفرنسي (2007-2012) |  |
François Hollande | فرانسوا هولاند |  |  |  | FRA | President of France (2012-2017) | الرئيس الفرنسي (2012-2017) |  |
Emmanuel Macron | إيمانويل ماكرون |  |  |  | FRA | President of France (2017-) | الرئيس الفرنسي (منذ 2017) |  | Q3052772
François Fillon | فرانسوا فيون |  |  |  | FRA | Prime Minister of France (2007-2012) | رئيس الوزراء الفرنسي (2007-2012) |  |
Jean-Marc Ayrault | جان مارك إيرولت | جان مارك أيرولت / جان-مارك إيرولت / جان مارك آيرو |  | جان مارك | FRA | Prime Minister of France (2012-2014), Foreign Minister (2016-2017) | رئيس الوزراء الفرنسي (2012-2014)، وزير الخارجية (2016-2017) |  |
Manuel Valls | مانويل فالس |  |  |  | FRA | Prime Minister of France (2014-2016) | رئيس الوزراء الفرنسي (2014-2016) |  |
Bernard Cazeneuve | برنار كازنوف | برنارد كازنوف |  |  | FRA | Prime Minister of France (2016-2017), Interior Minister (2014-2016) | رئيس الوزراء الفرنسي (2016-2017)، وزير الداخلية (2014-2016) |  |
Édouard Philippe | إدوار فيليب | إدوارد فيليب |  |  | FRA | Prime Minister of France (2017-2020) | رئيس الوزراء الفرنسي (2017-2020) | Edouard Philippe |
Jean Castex | جان كاستكس | جان كاستيكس |  |  | FRA | Prime Minister of France (2020-2022) | رئيس الوزراء الفرنسي (2020-2022) |  |
Élisabeth Borne | إليزابيث بورن |  |  |  | FRA | Prime Minister of France (2022-2024) | رئيسة الوزراء الفرنسية (2022-2024) | Elisabeth Borne |
Gabriel Attal | غابرييل أتال | جابرييل أتال |  |  | FRA | Prime Minister of France (2024) | رئيس الوزراء الفرنسي (2024) |  |
Michel Barnier | ميشيل بارنييه | ميشال بارنييه |  |  | FRA | Prime Minister of France (2024), EU Brexit negotiator (2016-2021) | رئيس الوزراء الفرنسي (2024)، كبير مفاوضي الاتحاد الأوروبي بشأن بريكست |  |
François Bayrou | فرانسوا بايرو |  |  |  | FRA | Prime Minister of France (2024-2025) | رئيس الوزراء الفرنسي (2024-2025) |  |
Sébastien Lecornu | سيباستيان لوكورنو | سيباستيان ليكورنو |  |  | FRA | Prime Minister of France (2025-), Minister of the Armed Forces (2022-2025) | رئيس الوزراء الفرنسي (منذ 2025)، وزير القوات المسلحة (2022-2025) | Sebastien Lecornu |
Angela Merkel | أنغيلا ميركل | أنجيلا ميركل / أنغيلا ميركيل |  |  | DEU | Chancellor of Germany (2005-2021) | المستشارة الألمانية (2005-2021) |  | Q567
Olaf Scholz | أولاف شولتس | أولاف شولتز / أولاف شولز |  |  | DEU | Chancellor of Germany (2021-2025) | المستشار الألماني (2021-2025) |  | Q61053
Friedrich Merz | فريدريش ميرتس | فريدريش ميرز / فريدريك ميرتس |  |  | DEU | Chancellor of Germany (2025-) | المستشار الألماني (منذ 2025) |  |
Horst Köhler | هورست كولر | هورست كوهلر |  |  | DEU | President of Germany (2004-2010) | الرئيس الألماني (2004-2010) | Horst Koehler |
Christian Wulff | كريستيان فولف | كريستيان فولاف |  |  | DEU | President of Germany (2010-2012) | الرئيس الألماني (2010-2012) |  |
Joachim Gauck | يواخيم غاوك | يواكيم غاوك / يواخيم جاوك |  |  | DEU | President of Germany (2012-2017) | الرئيس الألماني (2012-2017) |  |
Frank-Walter Steinmeier | فرانك فالتر شتاينماير | فرانك-فالتر شتاينماير / فرانك فالتر شتاينمائير | شتاينماير | فرانك فالتر | DEU | President of Germany (2017-), Foreign Minister (2005-2009, 2013-2017) | الرئيس الألماني (منذ 2017)، وزير الخارجية (2013-2017) |  |

## royals: kings, emirs, crown princes
Elizabeth II | إليزابيث الثانية | الملكة إليزابيث الثانية / الملكة إليزابيث / الملكة اليزابيث | - | إليزابيث | GBR | Queen of the United Kingdom (1952-2022) | ملكة بريطانيا (1952-2022) | Queen Elizabeth II | Q9682
Charles III | تشارلز الثالث | الملك تشارلز الثالث / الملك تشارلز / الأمير تشارلز | - | تشارلز | GBR | King of the United Kingdom (2022-), Prince of Wales (1958-2022) | ملك بريطانيا (منذ 2022) | King Charles III / Prince Charles |

## foreign and defence ministers
Sergey Lavrov | سيرغي لافروف | سيرجي لافروف / سيرغيه لافروف / سيرغي لافاروف |  |  | RUS | Foreign Minister of Russia (2004-) | وزير الخارجية الروسي (منذ 2004) | Sergei Lavrov |
Anatoly Serdyukov | أناتولي سيرديوكوف | اناتولي سيرديوكوف |  |  | RUS | Defence Minister of Russia (2007-2012) | وزير الدفاع الروسي (2007-2012) |  |
Sergei Shoigu | سيرغي شويغو | سيرجي شويغو / سيرغي شويجو / سيرجي شويجو |  |  | RUS | Defence Minister of Russia (2012-2024), Secretary of the Security Council (2024-) | وزير الدفاع الروسي (2012-2024)، أمين مجلس الأمن الروسي (منذ 2024) | Sergey Shoygu |
Andrei Belousov | أندريه بيلوسوف | أندري بيلوسوف |  |  | RUS | Defence Minister of Russia (2024-) | وزير الدفاع الروسي (منذ 2024) | Andrey Belousov |
Yang Jiechi | يانغ جيه تشي | يانغ جيتشي / يانغ جي تشي | يانغ | - | CHN | Foreign Minister of China (2007-2013) | وزير الخارجية الصيني (2007-2013) |  |
Wang Yi | وانغ يي | وانج يي | وانغ | - | CHN | Foreign Minister of China (2013-2022, 2023-) | وزير الخارجية الصيني (2013-2022، ومنذ 2023) |  |
Qin Gang | تشين قانغ | تشين غانغ / تشين جانغ | تشين | - | CHN | Foreign Minister of China (2022-2023) | وزير الخارجية الصيني (2022-2023) |  |
Liang Guanglie | ليانغ قوانغ ليه | ليانغ غوانغ لي | ليانغ | - | CHN | Defence Minister of China (2008-2013) | وزير الدفاع الصيني (2008-2013) |  |
Chang Wanquan | تشانغ وان تشيوان | تشانغ وانكوان / تشانغ وان تشوان | تشانغ | - | CHN | Defence Minister of China (2013-2018) | وزير الدفاع الصيني (2013-2018) |  |
Wei Fenghe | وي فنغ خه | وي فينغ خه / وي فنغ هي | وي | - | CHN | Defence Minister of China (2018-2023) | وزير الدفاع الصيني (2018-2023) |  |
Li Shangfu | لي شانغ فو | لي شانغفو | لي | - | CHN | Defence Minister of China (2023) | وزير الدفاع الصيني (2023) |  |
Dong Jun | دونغ جيون | دونغ جون | دونغ | - | CHN | Defence Minister of China (2023-) | وزير الدفاع الصيني (منذ 2023) |  |
David Miliband | ديفيد ميليباند |  |  |  | GBR | Foreign Secretary of the United Kingdom (2007-2010) | وزير الخارجية البريطاني (2007-2010) |  |
William Hague | وليام هيغ | ويليام هيغ / وليام هيج |  |  | GBR | Foreign Secretary of the United Kingdom (2010-2014) | وزير الخارجية البريطاني (2010-2014) |  |
Philip Hammond | فيليب هاموند |  |  |  | GBR | Foreign Secretary (2014-2016), Defence Secretary (2011-2014), Chancellor of the Exchequer (2016-2019) | وزير الخارجية البريطاني (2014-2016)، وزير الدفاع (2011-2014) |  |
Jeremy Hunt | جيريمي هانت | جيرمي هانت |  |  | GBR | Foreign Secretary of the United Kingdom (2018-2019) | وزير الخارجية البريطاني (2018-2019) |  |
Dominic Raab | دومينيك راب |  |  |  | GBR | Foreign Secretary of the United Kingdom (2019-2021) | وزير الخارجية البريطاني (2019-2021) |  |
James Cleverly | جيمس كليفرلي |  |  |  | GBR | Foreign Secretary of the United Kingdom (2022-2023) | وزير الخارجية البريطاني (2022-2023) |  |
David Lammy | ديفيد لامي |  |  |  | GBR | Foreign Secretary of the United Kingdom (2024-2025), Deputy Prime Minister (2025-) | وزير الخارجية البريطاني (2024-2025)، نائب رئيس الوزراء (منذ 2025) |  |
Yvette Cooper | إيفيت كوبر |  |  |  | GBR | Foreign Secretary of the United Kingdom (2025-), Home Secretary (2024-2025) | وزيرة الخارجية البريطانية (منذ 2025)، وزيرة الداخلية (2024-2025) |  |
Bob Ainsworth | بوب أينسوورث | بوب اينسوورث |  |  | GBR | Defence Secretary of the United Kingdom (2009-2010) | وزير الدفاع البريطاني (2009-2010) |  |
Liam Fox | ليام فوكس | لايم فوكس |  |  | GBR | Defence Secretary of the United Kingdom (2010-2011) | وزير الدفاع البريطاني (2010-2011) |  |
Michael Fallon | مايكل فالون |  |  |  | GBR | Defence Secretary of the United Kingdom (2014-2017) | وزير الدفاع البريطاني (2014-2017) |  |
Gavin Williamson | غافين ويليامسون | جافين ويليامسون / غافين وليامسون |  |  | GBR | Defence Secretary of the United Kingdom (2017-2019) | وزير الدفاع البريطاني (2017-2019) |  |
Penny Mordaunt | بيني موردونت |  |  |  | GBR | Defence Secretary of the United Kingdom (2019) | وزيرة الدفاع البريطانية (2019) |  |
Ben Wallace | بن والاس | بين والاس |  | بن | GBR | Defence Secretary of the United Kingdom (2019-2023) | وزير الدفاع البريطاني (2019-2023) |  |
Grant Shapps | غرانت شابس | جرانت شابس |  |  | GBR | Defence Secretary of the United Kingdom (2023-2024) | وزير الدفاع البريطاني (2023-2024) |  |
John Healey | جون هيلي |  |  |  | GBR | Defence Secretary of the United Kingdom (2024-) | وزير الدفاع البريطاني (منذ 2024) |  |
Bernard Kouchner | برنار كوشنير | برنارد كوشنير / برنار كوشنر |  |  | FRA | Foreign Minister of France (2007-2010) | وزير الخارجية الفرنسي (2007-2010) |  |
Michèle Alliot-Marie | ميشال أليو ماري | ميشيل أليو ماري / ميشال اليو ماري | أليو ماري |  | FRA | Foreign Minister of France (2010-2011), Defence Minister (2002-2007) | وزيرة الخارجية الفرنسية (2010-2011) | Michele Alliot-Marie |
Alain Juppé | آلان جوبيه | ألان جوبيه |  |  | FRA | Foreign Minister of France (2011-2012), Defence Minister (2010-2011), Prime Minister (1995-1997) | وزير الخارجية الفرنسي (2011-2012)، وزير الدفاع (2010-2011) | Alain Juppe |
Laurent Fabius | لوران فابيوس |  |  |  | FRA | Foreign Minister of France (2012-2016) | وزير الخارجية الفرنسي (2012-2016) |  |
Jean-Yves Le Drian | جان إيف لودريان | جان إيف لو دريان / جان-إيف لودريان / جان ايف لودريان | لودريان | جان إيف | FRA | Foreign Minister of France (2017-2022), Defence Minister (2012-2017), envoy to Lebanon (2023-) | وزير الخارجية الفرنسي (2017-2022)، وزير الدفاع (2012-2017)، المبعوث الفرنسي إلى لبنان | Le Drian |
Catherine Colonna | كاترين كولونا | كاثرين كولونا |  |  | FRA | Foreign Minister of France (2022-2024) | وزيرة الخارجية الفرنسية (2022-2024) |  |
Stéphane Séjourné | ستيفان سيجورنيه | ستيفان سيجورني |  |  | FRA | Foreign Minister of France (2024) | وزير الخارجية الفرنسي (2024) | Stephane Sejourne |
Jean-Noël Barrot | جان نويل بارو | جان-نويل بارو |  | جان نويل | FRA | Foreign Minister of France (2024-) | وزير الخارجية الفرنسي (منذ 2024) | Jean-Noel Barrot |
Hervé Morin | إيرفيه موران | هيرفيه موران / إرفيه موران |  |  | FRA | Defence Minister of France (2007-2010) | وزير الدفاع الفرنسي (2007-2010) | Herve Morin |
Gérard Longuet | جيرار لونغيه | جيرار لونجيه |  |  | FRA | Defence Minister of France (2011-2012) | وزير الدفاع الفرنسي (2011-2012) | Gerard Longuet |
Sylvie Goulard | سيلفي غولار | سيلفي جولار |  |  | FRA | Minister of the Armed Forces of France (2017) | وزيرة الجيوش الفرنسية (2017) |  |
Florence Parly | فلورنس بارلي | فلورانس بارلي |  |  | FRA | Minister of the Armed Forces of France (2017-2022) | وزيرة الجيوش الفرنسية (2017-2022) |  |
Catherine Vautrin | كاترين فوتران | كاثرين فوتران |  |  | FRA | Minister of the Armed Forces of France (2025-) | وزيرة الجيوش الفرنسية (منذ 2025) |  |
Guido Westerwelle | غيدو فيسترفيله | جيدو فيسترفيله / غيدو فسترفيله |  |  | DEU | Foreign Minister of Germany (2009-2013) | وزير الخارجية الألماني (2009-2013) |  |
Sigmar Gabriel | زيغمار غابرييل | سيغمار غابرييل |  |  | DEU | Foreign Minister of Germany (2017-2018) | وزير الخارجية الألماني (2017-2018) |  |
Heiko Maas | هايكو ماس |  |  |  | DEU | Foreign Minister of Germany (2018-2021) | وزير الخارجية الألماني (2018-2021) |  | Q108447
Annalena Baerbock | أنالينا بيربوك | أنالينا بيربوك / أنالينا بربوك |  |  | DEU | Foreign Minister of Germany (2021-2025), President of the UN General Assembly (2025-) | وزيرة الخارجية الألمانية (2021-2025)، رئيسة الجمعية العامة للأمم المتحدة (منذ 2025) |  |
Johann Wadephul | يوهان فاديفول |  |  |  | DEU | Foreign Minister of Germany (2025-) | وزير الخارجية الألماني (منذ 2025) |  |
Karl-Theodor zu Guttenberg | كارل تيودور تسو غوتنبرغ | كارل تيودور تسو جوتنبرج | غوتنبرغ | كارل تيودور | DEU | Defence Minister of Germany (2009-2011) | وزير الدفاع الألماني (2009-2011) |  |
Thomas de Maizière | توماس دي ميزير | توماس دي ميزيير |  |  | DEU | Defence Minister of Germany (2011-2013), Interior Minister (2013-2018) | وزير الدفاع الألماني (2011-2013)، وزير الداخلية (2013-2018) | Thomas de Maiziere |
Ursula von der Leyen | أورسولا فون دير لاين | أورسولا فون دير لايين / أورزولا فون دير لاين | فون دير لاين |  | DEU | President of the European Commission (2019-), Defence Minister of Germany (2013-2019) | رئيسة المفوضية الأوروبية (منذ 2019)، وزيرة الدفاع الألمانية (2013-2019) |  |
Annegret Kramp-Karrenbauer | أنغريت كرامب كارنباور | أنيغريت كرامب-كارنباور / أنغريت كرامب-كارنباور | كرامب كارنباور |  | DEU | Defence Minister of Germany (2019-2021) | وزيرة الدفاع الألمانية (2019-2021) | AKK |
Christine Lambrecht | كريستينه لامبرشت | كريستين لامبرخت / كريستينه لامبريشت |  |  | DEU | Defence Minister of Germany (2021-2023) | وزيرة الدفاع الألمانية (2021-2023) |  |
Boris Pistorius | بوريس بيستوريوس |  |  |  | DEU | Defence Minister of Germany (2023-) | وزير الدفاع الألماني (منذ 2023) |  |

## intelligence and military chiefs
Valery Gerasimov | فاليري غيراسيموف | فاليري جيراسيموف |  |  | RUS | Chief of the General Staff of the Russian Armed Forces (2012-) | رئيس هيئة الأركان العامة الروسية (منذ 2012) |  |
Nikolai Patrushev | نيكولاي باتروشيف |  |  |  | RUS | Secretary of the Security Council of Russia (2008-2024) | أمين مجلس الأمن الروسي (2008-2024) |  |
Alexander Bortnikov | ألكسندر بورتنيكوف | الكسندر بورتنيكوف |  |  | RUS | Director of the FSB (2008-) | مدير جهاز الأمن الفدرالي الروسي (منذ 2008) |  |
Sergei Naryshkin | سيرغي ناريشكين | سيرجي ناريشكين |  |  | RUS | Director of the Foreign Intelligence Service (SVR) (2016-) | مدير جهاز الاستخبارات الخارجية الروسية (منذ 2016) |  |
Alex Younger | أليكس يونغر | أليكس يانغر |  |  | GBR | Chief of MI6 (2014-2020) | رئيس جهاز الاستخبارات الخارجية البريطاني (MI6) (2014-2020) |  |
Richard Moore | ريتشارد مور |  |  |  | GBR | Chief of MI6 (2020-2025) | رئيس جهاز الاستخبارات الخارجية البريطاني (MI6) (2020-2025) |  |

## advisers, envoys, diplomats and spokespeople
Maria Zakharova | ماريا زاخاروفا |  |  |  | RUS | Spokesperson of the Russian Foreign Ministry (2015-) | المتحدثة باسم وزارة الخارجية الروسية (منذ 2015) |  |
Dmitry Peskov | ديمتري بيسكوف | دميتري بيسكوف / ديميتري بيسكوف |  |  | RUS | Kremlin spokesperson (2012-) | المتحدث باسم الكرملين (منذ 2012) | Dmitri Peskov |
Mikhail Bogdanov | ميخائيل بوغدانوف | ميخائيل بوجدانوف |  |  | RUS | Deputy Foreign Minister of Russia and presidential envoy for the Middle East (2011-) | نائب وزير الخارجية الروسي والمبعوث الرئاسي الخاص إلى الشرق الأوسط |  |
Alexander Lavrentiev | ألكسندر لافرنتييف | ألكسندر لافرينتييف / ألكسندر لافرنتيف |  |  | RUS | Russian presidential envoy for Syria (2017-) | المبعوث الرئاسي الروسي الخاص إلى سوريا |  |
Sergei Ryabkov | سيرغي ريابكوف | سيرجي ريابكوف |  |  | RUS | Deputy Foreign Minister of Russia | نائب وزير الخارجية الروسي |  |
Vitaly Churkin | فيتالي تشوركين |  |  |  | RUS | Russian ambassador to the UN (2006-2017) | المندوب الروسي لدى الأمم المتحدة (2006-2017) |  |
Vasily Nebenzya | فاسيلي نيبينزيا | فاسيلي نيبنزيا |  |  | RUS | Russian ambassador to the UN (2017-) | المندوب الروسي لدى الأمم المتحدة (منذ 2017) |  |
Igor Konashenkov | إيغور كوناشينكوف | إيغور كوناشنكوف / ايغور كوناشينكوف |  |  | RUS | Spokesperson of the Russian Defence Ministry | المتحدث باسم وزارة الدفاع الروسية |  |
Hua Chunying | هوا تشون ينغ | هوا تشونيينغ / هوا تشون يينغ | هوا | - | CHN | Spokesperson of the Chinese Foreign Ministry (2012-) | المتحدثة باسم وزارة الخارجية الصينية |  |
Geng Shuang | قنغ شوانغ | غنغ شوانغ / جينغ شوانغ / غينغ شوانغ | قنغ | - | CHN | Spokesperson of the Chinese Foreign Ministry (2015-2020) | المتحدث باسم وزارة الخارجية الصينية (2015-2020) |  |
Zhao Lijian | تشاو لي جيان | تشاو ليجيان | تشاو | - | CHN | Spokesperson of the Chinese Foreign Ministry (2020-2023) | المتحدث باسم وزارة الخارجية الصينية (2020-2023) |  |
Wang Wenbin | وانغ ون بين | وانغ وين بين / وانغ ونبين | وانغ | - | CHN | Spokesperson of the Chinese Foreign Ministry (2020-2024) | المتحدث باسم وزارة الخارجية الصينية (2020-2024) |  |
Mao Ning | ماو نينغ | ماو نينج | ماو | - | CHN | Spokesperson of the Chinese Foreign Ministry (2022-) | المتحدثة باسم وزارة الخارجية الصينية (منذ 2022) |  |
Zhai Jun | تشاي جيون | تشاي جون | تشاي | - | CHN | Chinese special envoy for the Middle East (2019-) | المبعوث الصيني الخاص إلى الشرق الأوسط |  |

## politicians and public figures
Yevgeny Prigozhin | يفغيني بريغوجين | يفجيني بريجوجين / يفغيني بريغوزين |  |  | RUS | Founder of the Wagner Group (died 2023) | مؤسس مجموعة فاغنر (قتل 2023) | Evgeny Prigozhin | Q20850503
Ramzan Kadyrov | رمضان قديروف | رمضان قاديروف |  |  | RUS | Head of the Chechen Republic (2007-) | رئيس جمهورية الشيشان (منذ 2007) |  |
Alexei Navalny | أليكسي نافالني | ألكسي نافالني / أليكسي نافالنى |  |  | RUS | Russian opposition leader (died 2024) | زعيم المعارضة الروسية (توفي 2024) | Alexey Navalny | Q155979
Tony Blair | توني بلير |  |  |  | GBR | Prime Minister of the United Kingdom (1997-2007), Quartet envoy (2007-2015) | رئيس الوزراء البريطاني (1997-2007)، مبعوث اللجنة الرباعية للشرق الأوسط (2007-2015) |  | Q9545
Jeremy Corbyn | جيريمي كوربن | جيرمي كوربين / جيريمي كوربين |  |  | GBR | Leader of the Labour Party (2015-2020) | زعيم حزب العمال البريطاني (2015-2020) |  |
Nigel Farage | نايجل فاراج | نايجل فاراغ |  |  | GBR | Leader of Reform UK, Brexit campaigner | زعيم حزب ريفورم يو كي البريطاني |  |
Marine Le Pen | مارين لوبان | مارين لو بان |  |  | FRA | Leader of the National Rally (2011-2021) | زعيمة حزب التجمع الوطني الفرنسي اليميني المتطرف | Marine Le Pen |
Jean-Luc Mélenchon | جان لوك ميلانشون | جان-لوك ميلانشون |  | جان لوك | FRA | Leader of La France Insoumise | زعيم حزب فرنسا الأبية | Jean-Luc Melenchon |
`;
