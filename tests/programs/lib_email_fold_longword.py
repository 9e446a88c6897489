# Differential test: a word too long for any line is sent as encoded words that stay open,
# so later words needing encoding join them.
import email.policy as P
pol = P.default.clone(max_line_length=40)
L = 'long' * 12
for s in ['x ' + L + ' end', 'x ' + L + ' ' + L, 'x ' + L + ' 日本', 'x ' + L + ' ab cd', 'x ' + L, 'x ' + L + '  end', L + ' end', 'x ' + L + ' ' + 'a' * 30, 'x ' + L + ' b ' + L, 'x ' + L + ' end ' + L, 'x ' + L + ' é']:
    print(repr(s[:8]), repr(pol.fold('Subject', s)))
