class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise RuntimeError("insufficient funds")
        self.balance = self.balance - amount


def run():
    acct = Account(10)
    acct.withdraw(4)
    print("balance", acct.balance)
    acct.withdraw(100)


run()
