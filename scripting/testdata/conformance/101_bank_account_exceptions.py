class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__("need %.2f, have %.2f" % (needed, available))
        self.needed = needed
        self.available = available
class AccountClosed(Exception):
    pass
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.open = True
        self.id = Account._next_id
        Account._next_id += 1
        self.log = []
    def _check(self):
        if not self.open:
            raise AccountClosed("account %d is closed" % self.id)
    def deposit(self, amt):
        self._check()
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amt
        self.log.append(("dep", amt))
    def withdraw(self, amt):
        self._check()
        if amt > self.balance:
            raise InsufficientFunds(amt, self.balance)
        self.balance -= amt
        self.log.append(("wd", amt))
    def __repr__(self):
        return "Account(#%d %s %.2f)" % (self.id, self.owner, self.balance)
def transfer(src, dst, amt):
    try:
        src.withdraw(amt)
    except InsufficientFunds as e:
        print("transfer failed:", e, "| short by %.2f" % (e.needed - e.available))
        return False
    else:
        dst.deposit(amt)
        return True
    finally:
        print("transfer attempt", src.owner, "->", dst.owner, amt)
a = Account("ann", 100)
b = Account("bob")
print(a, b)
print(transfer(a, b, 30), a, b)
print(transfer(b, a, 50), a, b)
for amt in [10, -5, 0]:
    try:
        a.deposit(amt)
        print("deposited", amt)
    except ValueError as e:
        print("ValueError:", e)
b.open = False
for action in (lambda: b.deposit(1), lambda: b.withdraw(1), lambda: transfer(a, b, 5)):
    try:
        action()
    except AccountClosed as e:
        print("AccountClosed:", e)
print(a, a.log)
print(isinstance(InsufficientFunds(1, 0), Exception), InsufficientFunds(5, 2).args)
