import sys
print('script.py runs as', __name__, '| file', __file__)
RESULT = 6 * 7
if __name__ == '__main__':
    print('script.py: main guard taken')
    GUARD = True
