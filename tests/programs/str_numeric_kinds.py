# str.isnumeric/isdigit/isdecimal/isalnum on ideographic numerals, Roman numerals, circled
# and superscript digits and other number kinds, as Unicode 15.0 classifies them.
tests = "一二三四五六七八九十百千万億兆零〇壱弐参拾ⅠⅡⅫⅰ①⑴⒈㈠㊀¼½¾௰௱௲൰༪፩፼ᛮᛯᛰ៰᠑᱐⁰¹²³₀₉⅐⅒⅓ↀↁↂↅ⑪⓫❶➀〡〸〹〺㆒㆓㈩㉈㉑㊉㐅㒃㠪㭍兩參拾佰仟陌阡貳伍陸柒捌玖"
r = [(c, c.isnumeric(), c.isdigit(), c.isdecimal(), c.isalnum()) for c in tests]
print(''.join('N' if x[1] else '-' for x in r))
print(''.join('D' if x[2] else '-' for x in r))
print(''.join('d' if x[3] else '-' for x in r))
print(''.join('a' if x[4] else '-' for x in r))
print("一二三".isnumeric(), "١٢٣".isdecimal(), "٣".isdigit(), "x".isnumeric())
