// United States, 2010-2025. Columns: en | name | aliases | family | given | ISO3 | role | role_ar | en_aliases | extra
export default `
## heads of state and government
Barack Obama | باراك أوباما | باراك حسين أوباما |  |  | USA | President of the United States (2009-2017) | الرئيس الأميركي (2009-2017) | Barack Hussein Obama / Obama | Q76
Donald Trump | دونالد ترامب | دونالد ترمب / دونالد جون ترامب / دونالد جيه ترامب |  |  | USA | President of the United States (2017-2021, 2025-) | الرئيس الأميركي (2017-2021، ومنذ 2025) | Donald J. Trump / Trump | Q22686
Joe Biden | جو بايدن | جوزيف بايدن / جوزيف روبينيت بايدن |  |  | USA | President of the United States (2021-2025), Vice President (2009-2017) | الرئيس الأميركي (2021-2025)، نائب الرئيس (2009-2017) | Joseph R. Biden / Joseph Biden / Biden | Q6279
Mike Pence | مايك بنس | مايك بينس / مايكل بنس |  |  | USA | Vice President of the United States (2017-2021) | نائب الرئيس الأميركي (2017-2021) | Michael Pence | Q24313
Kamala Harris | كامالا هاريس |  |  |  | USA | Vice President of the United States (2021-2025) | نائبة الرئيس الأميركي (2021-2025) |  | Q10853588
JD Vance | جيه دي فانس | جي دي فانس / جيمس ديفيد فانس | فانس | - | USA | Vice President of the United States (2025-) | نائب الرئيس الأميركي (منذ 2025) | J. D. Vance / James David Vance |

## foreign and defence ministers
Hillary Clinton | هيلاري كلينتون | هيلاري رودهام كلينتون / هيلاري كلنتون |  |  | USA | US Secretary of State (2009-2013) | وزيرة الخارجية الأميركية (2009-2013) | Hillary Rodham Clinton | Q6294
John Kerry | جون كيري |  |  |  | USA | US Secretary of State (2013-2017) | وزير الخارجية الأميركي (2013-2017) |  |
Rex Tillerson | ريكس تيلرسون | ريكس تيليرسون |  |  | USA | US Secretary of State (2017-2018) | وزير الخارجية الأميركي (2017-2018) |  |
Mike Pompeo | مايك بومبيو | مايكل بومبيو |  |  | USA | US Secretary of State (2018-2021), CIA Director (2017-2018) | وزير الخارجية الأميركي (2018-2021)، مدير وكالة المخابرات المركزية (2017-2018) | Michael Pompeo |
Antony Blinken | أنتوني بلينكن | أنتوني بلينكين / انتوني بلينكن |  |  | USA | US Secretary of State (2021-2025) | وزير الخارجية الأميركي (2021-2025) | Tony Blinken |
Marco Rubio | ماركو روبيو |  |  |  | USA | US Secretary of State (2025-) and acting National Security Adviser | وزير الخارجية الأميركي (منذ 2025) ومستشار الأمن القومي بالوكالة |  |
Robert Gates | روبرت غيتس | روبرت جيتس |  |  | USA | US Secretary of Defense (2006-2011) | وزير الدفاع الأميركي (2006-2011) |  |
Leon Panetta | ليون بانيتا | ليون بانيتّا |  |  | USA | US Secretary of Defense (2011-2013), CIA Director (2009-2011) | وزير الدفاع الأميركي (2011-2013)، مدير وكالة المخابرات المركزية (2009-2011) |  |
Chuck Hagel | تشاك هاغل | تشاك هيغل / تشاك هاجل |  |  | USA | US Secretary of Defense (2013-2015) | وزير الدفاع الأميركي (2013-2015) |  |
Ashton Carter | آشتون كارتر | آش كارتر |  |  | USA | US Secretary of Defense (2015-2017) | وزير الدفاع الأميركي (2015-2017) | Ash Carter |
James Mattis | جيمس ماتيس | جيم ماتيس |  |  | USA | US Secretary of Defense (2017-2019), CENTCOM commander (2010-2013) | وزير الدفاع الأميركي (2017-2019)، قائد القيادة المركزية الأميركية (2010-2013) | Jim Mattis |
Patrick Shanahan | باتريك شاناهان |  |  |  | USA | Acting US Secretary of Defense (2019) | القائم بأعمال وزير الدفاع الأميركي (2019) |  |
Mark Esper | مارك إسبر | مارك اسبر / مارك إسبير |  |  | USA | US Secretary of Defense (2019-2020) | وزير الدفاع الأميركي (2019-2020) |  |
Christopher Miller | كريستوفر ميلر |  |  |  | USA | Acting US Secretary of Defense (2020-2021) | القائم بأعمال وزير الدفاع الأميركي (2020-2021) | Chris Miller |
Lloyd Austin | لويد أوستن | لويد أوستين |  |  | USA | US Secretary of Defense (2021-2025), CENTCOM commander (2013-2016) | وزير الدفاع الأميركي (2021-2025)، قائد القيادة المركزية الأميركية (2013-2016) |  |
Pete Hegseth | بيت هيغسيث | بيت هيغسث / بيت هيجسيث / بيت هيغسيت |  |  | USA | US Secretary of Defense (2025-) | وزير الدفاع الأميركي (منذ 2025) |  |

## intelligence and military chiefs
Dennis Blair | دينيس بلير | دنيس بلير |  |  | USA | Director of National Intelligence of the United States (2009-2010) | مدير الاستخبارات الوطنية الأميركية (2009-2010) |  |
James Clapper | جيمس كلابر | جيمس كلابير / جيمس آر كلابر |  |  | USA | Director of National Intelligence of the United States (2010-2017) | مدير الاستخبارات الوطنية الأميركية (2010-2017) | James R. Clapper |
Dan Coats | دان كوتس |  |  |  | USA | Director of National Intelligence of the United States (2017-2019) | مدير الاستخبارات الوطنية الأميركية (2017-2019) |  |
Joseph Maguire | جوزيف ماغواير | جوزيف ماجواير |  |  | USA | Acting Director of National Intelligence of the United States (2019-2020) | القائم بأعمال مدير الاستخبارات الوطنية الأميركية (2019-2020) |  |
Richard Grenell | ريتشارد غرينيل | ريتشارد جرينيل |  |  | USA | Acting Director of National Intelligence (2020), US ambassador to Germany (2018-2020) | القائم بأعمال مدير الاستخبارات الوطنية الأميركية (2020)، السفير الأميركي في ألمانيا (2018-2020) | Ric Grenell |
John Ratcliffe | جون راتكليف |  |  |  | USA | CIA Director (2025-), Director of National Intelligence (2020-2021) | مدير وكالة المخابرات المركزية الأميركية (منذ 2025)، مدير الاستخبارات الوطنية (2020-2021) |  |
Avril Haines | أفريل هاينز | أفريل هينز |  |  | USA | Director of National Intelligence of the United States (2021-2025) | مديرة الاستخبارات الوطنية الأميركية (2021-2025) |  |
Tulsi Gabbard | تولسي غابارد | تولسي جابارد / تولسي غابارد |  |  | USA | Director of National Intelligence of the United States (2025-) | مديرة الاستخبارات الوطنية الأميركية (منذ 2025) |  |
David Petraeus | ديفيد بترايوس | ديفيد بتريوس / ديفيد باتريوس / ديفيد بيترايوس |  |  | USA | CIA Director (2011-2012), commander in Iraq and Afghanistan, CENTCOM commander (2008-2010) | مدير وكالة المخابرات المركزية الأميركية (2011-2012)، قائد القوات الأميركية في العراق وأفغانستان | David H. Petraeus |
Michael Morell | مايكل موريل |  |  |  | USA | Acting CIA Director (2011, 2012-2013) | القائم بأعمال مدير وكالة المخابرات المركزية الأميركية (2011، 2012-2013) |  |
John Brennan | جون برينان | جون برينن |  |  | USA | CIA Director (2013-2017) | مدير وكالة المخابرات المركزية الأميركية (2013-2017) |  |
Gina Haspel | جينا هاسبل |  |  |  | USA | CIA Director (2018-2021) | مديرة وكالة المخابرات المركزية الأميركية (2018-2021) |  |
William Burns | وليام بيرنز | ويليام بيرنز / بيل بيرنز |  |  | USA | CIA Director (2021-2025), Deputy Secretary of State (2011-2014) | مدير وكالة المخابرات المركزية الأميركية (2021-2025)، نائب وزير الخارجية (2011-2014) | Bill Burns / William J. Burns |
Robert Mueller | روبرت مولر | روبرت ميولر |  |  | USA | FBI Director (2001-2013), Special Counsel (2017-2019) | مدير مكتب التحقيقات الفدرالي (2001-2013)، المحقق الخاص (2017-2019) |  |
James Comey | جيمس كومي |  |  |  | USA | FBI Director (2013-2017) | مدير مكتب التحقيقات الفدرالي الأميركي (2013-2017) |  |
Christopher Wray | كريستوفر راي |  |  |  | USA | FBI Director (2017-2025) | مدير مكتب التحقيقات الفدرالي الأميركي (2017-2025) |  |
Kash Patel | كاش باتيل | كاش باتل |  |  | USA | FBI Director (2025-) | مدير مكتب التحقيقات الفدرالي الأميركي (منذ 2025) |  |
Mike Mullen | مايك مولن | مايكل مولن |  |  | USA | Chairman of the Joint Chiefs of Staff (2007-2011) | رئيس هيئة الأركان المشتركة الأميركية (2007-2011) |  |
Martin Dempsey | مارتن ديمبسي |  |  |  | USA | Chairman of the Joint Chiefs of Staff (2011-2015) | رئيس هيئة الأركان المشتركة الأميركية (2011-2015) |  |
Joseph Dunford | جوزيف دانفورد | جوزف دنفورد |  |  | USA | Chairman of the Joint Chiefs of Staff (2015-2019) | رئيس هيئة الأركان المشتركة الأميركية (2015-2019) |  |
Mark Milley | مارك ميلي |  |  |  | USA | Chairman of the Joint Chiefs of Staff (2019-2023) | رئيس هيئة الأركان المشتركة الأميركية (2019-2023) |  |
Charles Q. Brown | تشارلز براون | تشارلز كيو براون |  |  | USA | Chairman of the Joint Chiefs of Staff (2023-2025) | رئيس هيئة الأركان المشتركة الأميركية (2023-2025) | CQ Brown |
Dan Caine | دان كين |  |  |  | USA | Chairman of the Joint Chiefs of Staff (2025-) | رئيس هيئة الأركان المشتركة الأميركية (منذ 2025) |  |
Joseph Votel | جوزيف فوتيل | جوزيف فوتل |  |  | USA | CENTCOM commander (2016-2019) | قائد القيادة المركزية الأميركية (2016-2019) |  |
Kenneth McKenzie | كينيث ماكنزي | كينيث ماكينزي / فرانك ماكنزي |  |  | USA | CENTCOM commander (2019-2022) | قائد القيادة المركزية الأميركية (2019-2022) | Frank McKenzie |
Michael Kurilla | مايكل كوريلا |  |  |  | USA | CENTCOM commander (2022-2025) | قائد القيادة المركزية الأميركية (2022-2025) | Erik Kurilla |

## advisers, envoys, diplomats and spokespeople
Tom Donilon | توم دونيلون |  |  |  | USA | US National Security Adviser (2010-2013) | مستشار الأمن القومي الأميركي (2010-2013) |  |
Susan Rice | سوزان رايس |  |  |  | USA | US National Security Adviser (2013-2017), ambassador to the UN (2009-2013) | مستشارة الأمن القومي الأميركي (2013-2017)، المندوبة الأميركية لدى الأمم المتحدة (2009-2013) |  |
Michael Flynn | مايكل فلين |  |  |  | USA | US National Security Adviser (2017) | مستشار الأمن القومي الأميركي (2017) |  |
H. R. McMaster | هربرت ماكماستر | إتش آر ماكماستر / إتش. آر. ماكماستر |  | - | USA | US National Security Adviser (2017-2018) | مستشار الأمن القومي الأميركي (2017-2018) | H.R. McMaster / Herbert Raymond McMaster |
John Bolton | جون بولتون |  |  |  | USA | US National Security Adviser (2018-2019), ambassador to the UN (2005-2006) | مستشار الأمن القومي الأميركي (2018-2019) |  |
Robert O'Brien | روبرت أوبراين | روبرت أوبرايان |  |  | USA | US National Security Adviser (2019-2021) | مستشار الأمن القومي الأميركي (2019-2021) |  |
Jake Sullivan | جيك سوليفان |  |  |  | USA | US National Security Adviser (2021-2025) | مستشار الأمن القومي الأميركي (2021-2025) |  |
Mike Waltz | مايك والتز |  |  |  | USA | US National Security Adviser (2025), ambassador to the UN (2025-) | مستشار الأمن القومي الأميركي (2025)، المندوب الأميركي لدى الأمم المتحدة | Michael Waltz |
Samantha Power | سامانثا باور |  |  |  | USA | US ambassador to the UN (2013-2017) | المندوبة الأميركية لدى الأمم المتحدة (2013-2017) |  |
Nikki Haley | نيكي هيلي | نيكي هايلي |  |  | USA | US ambassador to the UN (2017-2018) | المندوبة الأميركية لدى الأمم المتحدة (2017-2018) |  |
Kelly Craft | كيلي كرافت |  |  |  | USA | US ambassador to the UN (2019-2021) | المندوبة الأميركية لدى الأمم المتحدة (2019-2021) |  |
Linda Thomas-Greenfield | ليندا توماس غرينفيلد | ليندا توماس-غرينفيلد / ليندا توماس جرينفيلد | توماس غرينفيلد |  | USA | US ambassador to the UN (2021-2025) | المندوبة الأميركية لدى الأمم المتحدة (2021-2025) |  |
Brett McGurk | بريت ماكغورك | بريت ماكجورك |  |  | USA | US envoy to the anti-ISIS coalition (2015-2018), Middle East coordinator (2021-2025) | المبعوث الأميركي للتحالف الدولي ضد داعش (2015-2018)، منسق شؤون الشرق الأوسط في البيت الأبيض (2021-2025) |  |
John Allen | جون آلن | جون ألن |  |  | USA | US envoy to the anti-ISIS coalition (2014-2015) | المبعوث الأميركي للتحالف الدولي ضد داعش (2014-2015) |  |
James Jeffrey | جيمس جيفري |  |  |  | USA | US special representative for Syria engagement (2018-2020), ambassador to Iraq and Turkey | المبعوث الأميركي الخاص إلى سوريا (2018-2020) | Jim Jeffrey |
Robert Ford | روبرت فورد |  |  |  | USA | US ambassador to Syria (2011-2014) | السفير الأميركي لدى سوريا (2011-2014) |  |
Michael Ratney | مايكل راتني |  |  |  | USA | US envoy for Syria (2016-2017), ambassador to Saudi Arabia (2023-) | المبعوث الأميركي إلى سوريا (2016-2017) |  |
Joel Rayburn | جويل رايبرن |  |  |  | USA | US special envoy for Syria (2018-2021) | المبعوث الأميركي الخاص إلى سوريا (2018-2021) |  |
Tom Barrack | توم باراك | توماس باراك / توم براك |  |  | USA | US special envoy for Syria and ambassador to Turkey (2025-) | المبعوث الأميركي الخاص إلى سوريا والسفير لدى تركيا (منذ 2025) | Thomas Barrack |
Jared Kushner | جاريد كوشنر | جاريد كوشنير |  |  | USA | Senior adviser to President Trump (2017-2021) | كبير مستشاري الرئيس الأميركي ترامب (2017-2021) |  |
Jason Greenblatt | جيسون غرينبلات | جيسون جرينبلات |  |  | USA | US special envoy for international negotiations (2017-2019) | المبعوث الأميركي للمفاوضات الدولية (2017-2019) |  |
Zalmay Khalilzad | زلماي خليل زاد | زلماي خليلزاد |  |  | USA | US special representative for Afghanistan reconciliation (2018-2021), ambassador to Iraq and the UN | المبعوث الأميركي للمصالحة في أفغانستان (2018-2021) |  |
Robert Malley | روبرت مالي |  |  |  | USA | US special envoy for Iran (2021-2023) | المبعوث الأميركي الخاص بإيران (2021-2023) | Rob Malley |
Tim Lenderking | تيم ليندركينغ | تيموثي ليندركينغ / تيم ليندركينج |  |  | USA | US special envoy for Yemen (2021-) | المبعوث الأميركي الخاص إلى اليمن (منذ 2021) | Timothy Lenderking |
Amos Hochstein | آموس هوكشتاين | عاموس هوكشتاين |  |  | USA | US envoy and senior adviser for energy, Lebanon-Israel mediator (2021-2025) | المبعوث الأميركي وكبير مستشاري الرئيس لشؤون الطاقة، الوسيط بين لبنان وإسرائيل |  |
Steve Witkoff | ستيف ويتكوف | ستيفن ويتكوف |  |  | USA | US special envoy to the Middle East (2025-) | المبعوث الأميركي الخاص إلى الشرق الأوسط (منذ 2025) | Steven Witkoff |
Morgan Ortagus | مورغان أورتاغوس | مورغان أورتيغاس / مورغان أورتاجوس |  |  | USA | State Department spokesperson (2019-2021), deputy Middle East envoy (2025) | المتحدثة باسم الخارجية الأميركية (2019-2021)، نائبة المبعوث الأميركي إلى الشرق الأوسط (2025) |  |
Victoria Nuland | فيكتوريا نولاند |  |  |  | USA | State Department spokesperson (2011-2013), Under Secretary of State (2021-2024) | المتحدثة باسم الخارجية الأميركية (2011-2013)، وكيلة وزارة الخارجية (2021-2024) |  |
Jen Psaki | جين ساكي | جين بساكي |  |  | USA | State Department spokesperson (2013-2015), White House press secretary (2021-2022) | المتحدثة باسم الخارجية الأميركية (2013-2015)، المتحدثة باسم البيت الأبيض (2021-2022) |  | Q12066523
Mark Toner | مارك تونر |  |  |  | USA | State Department spokesperson (2016-2017) | المتحدث باسم وزارة الخارجية الأميركية (2016-2017) |  |
John Kirby | جون كيربي |  |  |  | USA | State Department spokesperson (2015-2017), White House national security spokesperson (2022-2025) | المتحدث باسم الخارجية الأميركية (2015-2017)، منسق الاتصالات الاستراتيجية في مجلس الأمن القومي (2022-2025) |  |
Heather Nauert | هيذر ناورت | هيذر ناويرت / هيذر نويرت |  |  | USA | State Department spokesperson (2017-2019) | المتحدثة باسم وزارة الخارجية الأميركية (2017-2019) |  |
Ned Price | نيد برايس |  |  |  | USA | State Department spokesperson (2021-2023) | المتحدث باسم وزارة الخارجية الأميركية (2021-2023) |  |
Matthew Miller | ماثيو ميلر | ماتيو ميلر |  |  | USA | State Department spokesperson (2023-2025) | المتحدث باسم وزارة الخارجية الأميركية (2023-2025) |  |
Sean Spicer | شون سبايسر |  |  |  | USA | White House press secretary (2017) | المتحدث باسم البيت الأبيض (2017) |  |
Sarah Sanders | سارة ساندرز | سارة هاكابي ساندرز |  |  | USA | White House press secretary (2017-2019) | المتحدثة باسم البيت الأبيض (2017-2019) | Sarah Huckabee Sanders |
Karoline Leavitt | كارولين ليفيت |  |  |  | USA | White House press secretary (2025-) | المتحدثة باسم البيت الأبيض (منذ 2025) |  |

## politicians and public figures
John McCain | جون ماكين |  |  |  | USA | US Senator from Arizona (1987-2018) | السيناتور الأميركي الجمهوري (1987-2018) |  | Q10390
Lindsey Graham | ليندسي غراهام | ليندسي جراهام |  |  | USA | US Senator from South Carolina | السيناتور الأميركي الجمهوري |  |
Bernie Sanders | بيرني ساندرز |  |  |  | USA | US Senator from Vermont | السيناتور الأميركي |  | Q359442
Mitt Romney | ميت رومني |  |  |  | USA | Republican presidential nominee (2012), US Senator (2019-2025) | المرشح الجمهوري للرئاسة الأميركية (2012) |  |
Nancy Pelosi | نانسي بيلوسي |  |  |  | USA | Speaker of the US House of Representatives (2007-2011, 2019-2023) | رئيسة مجلس النواب الأميركي (2007-2011، 2019-2023) |  |
Paul Ryan | بول رايان |  |  |  | USA | Speaker of the US House of Representatives (2015-2019) | رئيس مجلس النواب الأميركي (2015-2019) |  |
Steve Bannon | ستيف بانون | ستيفن بانون |  |  | USA | White House chief strategist (2017) | كبير الاستراتيجيين في البيت الأبيض (2017) |  |
Elon Musk | إيلون ماسك | إيلون موسك |  |  | USA | Businessman, head of the Department of Government Efficiency (2025) | رجل الأعمال، رئيس إدارة الكفاءة الحكومية (2025) |  |
Chelsea Manning | تشيلسي مانينغ |  |  |  | USA | US Army intelligence analyst who leaked documents to WikiLeaks | محللة الاستخبارات في الجيش الأميركي التي سربت وثائق إلى ويكيليكس |  |
Edward Snowden | إدوارد سنودن |  |  |  | USA | Former NSA contractor who leaked surveillance documents (2013) | المتعاقد السابق مع وكالة الأمن القومي الأميركية الذي سرب وثائق التجسس (2013) |  |
`;
