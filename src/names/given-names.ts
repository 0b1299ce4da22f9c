/**
 * @module names/given-names
 * Given names as language pairs: one line per name, every form a person may be called by in
 * Russian, Belarusian (and Ukrainian, for the few who appear in Belarusian cases), their common
 * Latin spellings and the short forms used in reports (Ales for Aliaksandr). The first Cyrillic
 * form is the Russian nominative, used when a name is put back into the nominative.
 */

/** A given-name group: "m" or "f", then its forms separated by spaces. */
const GROUPS = `
m Александр Аляксандр Алесь Александр Олександр Саша Aleksandr Alexander Alexandr Aliaksandr Alyaksandr Aleksander Ales Alies Oleksandr
m Алексей Аляксей Олексій Aleksei Alexei Aleksey Alexey Aliaksei Alyaksei Aliaksiej Oleksii
m Анатолий Анатоль Anatoly Anatoliy Anatol Anatoli
m Андрей Андрэй Андрій Анджей Анджэй Andrzej Andrei Andrey Andrej Andrew Andrii Andriy
m Антон Anton
m Аркадий Аркадзь Arkady Arkadiy Arkadz
m Артём Артем Арцём Artem Artyom Artsiom Artsem
m Борис Барыс Boris Barys
m Вадим Вадзім Vadim Vadzim
m Валентин Валянцін Valentin Valiantsin Valyantsin
m Валерий Валерый Valery Valeriy Valeri Valery
m Василий Васіль Василь Vasily Vasiliy Vasili Vasil Vasyl
m Виктор Віктар Віктор Viktor Victor Viktar
m Виталий Віталь Vitaly Vitaliy Vitali Vital
m Владимир Уладзімір Володимир Vladimir Uladzimir Uladzimer Volodymyr Wladimir
m Владислав Уладзіслаў Vladislav Uladzislau Uladzislav
m Вячеслав Вячаслаў Viacheslav Vyacheslav Viachaslau Vyachaslau
m Геннадий Генадзь Gennady Gennadiy Gennadi Hienadz Henadz Genadz
m Георгий Georgy Georgiy Georgi Heorhi
m Глеб Глеб Gleb Hleb
m Григорий Рыгор Grigory Grigoriy Grigori Ryhor Rygor
m Денис Дзяніс Denis Dzianis Dzyanis
m Дмитрий Дзмітрый Змітер Зміцер Дмитро Dmitry Dmitriy Dmitri Dzmitry Dzmitryi Dzmitrij Zmitser Zmicier Dmytro Змитер Змицер
m Евгений Яўген Євген Evgeny Evgeniy Yevgeny Yevgeniy Evgenii Yauhen Yawhen Jauhien Yevhen Eugene
m Егор Ягор Egor Yegor Yahor Jahor
m Иван Іван Ivan Iwan
m Игорь Ігар Ігор Igor Ihar Ihor
m Илья Ілья Ilya Ilia Ilja Illia
m Кирилл Кірыл Kirill Kiryl Kirill Kiril
m Константин Канстанцін Konstantin Kanstantsin Kanstancin Constantine Кастусь Kastus
m Леонид Леанід Leonid Leanid
m Максим Максім Maksim Maxim Maksym
m Марат Marat
m Марк Mark
m Михаил Міхаіл Міхась Mikhail Mihail Mikhal Mikhas Michail Michael Mykhailo
m Николай Мікалай Мікола Микола Nikolai Nikolay Nikolaj Mikalai Mikalaj Mikola Mykola Nicholas
m Олег Алег Oleg Aleh Oleh
m Павел Павал Павло Pavel Paval Pavlo Paul Паўлюк
m Пётр Петр Пятро Петро Petr Pyotr Piotr Piatro Petro Peter
m Роман Раман Roman Raman
m Руслан Ruslan
m Святослав Святаслаў Sviatoslav Svyatoslav Sviataslau
m Семён Семен Сямён Semyon Semen Siamion Syamion
m Сергей Сяргей Сергій Sergei Sergey Sergej Siarhei Siarhej Siarhiej Syarhey Serhii Serhiy Sergii
m Станислав Станіслаў Stanislav Stanislau
m Степан Сцяпан Stepan Stsiapan Sciapan
m Тимофей Цімафей Timofei Timofey Tsimafei
m Фёдор Федор Фёдар Федар Fedor Fyodor Fiodar Fiodor Fedar
m Франак Франц Franak Frants Franz
m Эдуард Эдуард Eduard Edvard Edward
m Эван Еван Evan
m Юрий Юрый Юрій Jury Yuri Yury Yuriy Iurii Yurii Yurij Juri Юрась
m Ян Jan Yan Ian Ясь
m Ярослав Яраслаў Yaroslav Yaraslau Jaroslav
m Микита Никита Мікіта Nikita Mikita Mikyta
m Эмиль Эміль Emil
m Всеволод Усевалад Vsevolod Usevalad
m Даниил Данііл Даніла Daniil Danila Daniel
m Лев Леў Lev Leu
m Олесь Oles
f Александра Аляксандра Aleksandra Alexandra Aliaksandra
f Алина Аліна Alina
f Алла Ала Alla Ala
f Анастасия Анастасія Настя Наста Anastasia Anastasiya Anastasiia Nastassia Nastya Nasta Настасья Насця
f Анна Ганна Anna Hanna Ganna
f Антонина Антаніна Antonina Antanina
f Валентина Валянціна Valentina Valiantsina
f Вера Вера Vera Viera
f Виктория Вікторыя Viktoria Victoria Viktoryia
f Галина Галіна Galina Halina
f Дарья Дар'я Дарʼя Darya Daria Dariya Daryia
f Диана Дыяна Diana Dyiana
f Евгения Яўгенія Evgenia Yevgenia Yauhenia
f Екатерина Кацярына Ekaterina Yekaterina Katsiaryna Katsyaryna Kaciaryna Katerina Kateryna Катерина Каця
f Елена Алена Олена Yelena Elena Alena Aliona Alyona Olena Helena
f Елизавета Лізавета Elizaveta Yelizaveta Lizaveta
f Жанна Zhanna
f Инна Іна Inna
f Ирина Ірына Iryna Irina Iryna
f Кристина Крысціна Kristina Krystsina Christina
f Ксения Ксенія Ксеня Kseniya Ksenia Kseniia Ksenya
f Лариса Ларыса Larisa Larysa
f Любовь Любоў Lyubov Liubou Lubov
f Людмила Людміла Lyudmila Liudmila Ludmila
f Марина Марына Marina Maryna
f Мария Марыя Марія Maria Mariya Mariia Maryia Marya Mariya Marija Maryja
f Марфа Marfa
f Надежда Надзея Nadezhda Nadzeya Nadzieja
f Наталья Наталия Наталля Natalya Natalia Natallia Nataliya Nataliia Natalia
f Нина Ніна Nina
f Ольга Вольга Olga Olha Volha Volga Wolha
f Олеся Алеся Olesya Olesia Alesia Alesya
f Полина Паліна Polina Palina
f Светлана Святлана Svetlana Sviatlana Svyatlana Sviatlana Swiatlana
f Софья Софія Sofia Sofya Sofiya
f Таисия Таісія Taisia
f Тамара Tamara
f Татьяна Таццяна Tatiana Tatyana Tatsiana Tatsyana Taciana
f Ульяна Уляна Ulyana Uliana
f Юлия Юлія Yulia Yuliya Iuliia Julia Yuliia
f Яна Yana Jana
f Ядвига Ядвіга Yadviga Yadviha Jadwiga
f Маргарита Маргарыта Margarita Marharyta
f Вероника Veronika Veranika
f Эльвира Elvira
f Зоя Zoya
f Оксана Аксана Oksana Aksana
f Станислава Stanislava
f Ярослава Яраслава Yaroslava Yaraslava
f Владислава Уладзіслава Vladislava Uladzislava
m Ришард Рышард Ryszard Ryshard Rishard
m Зенон Зянон Zenon
m Вацлав Вацлаў Václav Vaclav Vatslau
f Янина Яніна Janina Yanina
m Тимур Цімур Timur
m Рустам Rustam
m Ильдар Ildar
m Камиль Kamil
m Эльдар Eldar
m Азат Azat
m Айдар Aidar Aydar
m Ринат Rinat
m Рамиль Ramil
m Рафаэль Rafael
m Гаяз Gayaz
m Нариман Nariman
m Ахтем Akhtem
m Серван Servan
m Арсений Арсень Arseny Arseniy Arsenii Arsen
m Яков Якаў Yakov Yakau Jakub
m Матвей Мацвей Matvei Matvey Matsvei
m Мирон Мірон Miron Miron
m Ростислав Расціслаў Rostislav Rastsislau
m Филипп Філіп Filipp Filip Philip
f Лилия Лілія Ліля Liliya Lilia Lilija
f Алсу Alsu
f Гульнара Gulnara
f Гюзель Guzel
f Зарина Zarina
f Зарема Zarema
f Рената Renata
f Алиса Аліса Alisa Alice
f Ангелина Ангеліна Angelina Anhelina
f Кира Кіра Kira
f Лидия Лідзія Lidia Lidiya Lidziya
f Майя Maya Maia
f Раиса Раіса Raisa
f Карина Karina
f Регина Regina
f Снежана Snezhana
f Зинаида Зінаіда Zinaida
`;

/** One given name with all its forms. */
export interface GivenNameGroup {
  id: number;
  gender: "m" | "f";
  /** The Russian nominative (the first Cyrillic form). */
  russian: string;
  forms: string[];
}

function parse(): GivenNameGroup[] {
  const groups: GivenNameGroup[] = [];
  for (const line of GROUPS.split("\n")) {
    const parts = line.trim().split(/\s+/);
    if (parts.length < 2) continue;
    const gender = parts[0] === "f" ? "f" : "m";
    const forms = parts.slice(1);
    const russian = forms.find((f) => /[\u0400-\u04FF]/.test(f)) ?? forms[0]!;
    groups.push({ id: groups.length, gender, russian, forms });
  }
  return groups;
}

/** All given-name groups, parsed once. */
export const GIVEN_NAME_GROUPS: readonly GivenNameGroup[] = parse();
