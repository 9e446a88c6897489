# 21 statically nested loops exceed CPython's block limit of 20: SyntaxError.
print('never printed')
for a1 in [1]:
 for a2 in [1]:
  for a3 in [1]:
   for a4 in [1]:
    for a5 in [1]:
     for a6 in [1]:
      for a7 in [1]:
       for a8 in [1]:
        for a9 in [1]:
         for a10 in [1]:
          for a11 in [1]:
           for a12 in [1]:
            for a13 in [1]:
             for a14 in [1]:
              for a15 in [1]:
               for a16 in [1]:
                for a17 in [1]:
                 for a18 in [1]:
                  for a19 in [1]:
                   for a20 in [1]:
                    for a21 in [1]:
                     print('inner')
