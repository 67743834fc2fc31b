"""Solutions of the n-queens puzzle by recursive backtracking.

Measures recursion, set membership tests, set add/remove and list
append/pop: queens are placed one row at a time, with sets of the occupied
columns and diagonals deciding which squares are safe. Prints the number of
solutions and a checksum: the sum over all solutions of (row + 1) * column
for every queen.
"""

import sys

N = 12  # board side
if len(sys.argv) > 1:
    N = int(sys.argv[1])


class Board:
    def __init__(self, size):
        self.size = size
        self.columns = set()
        self.rising = set()  # occupied diagonals, identified by row + column
        self.falling = set()  # occupied diagonals, identified by row - column
        self.placed = []  # the column of the queen in each filled row
        self.solutions = 0
        self.weight = 0

    def is_safe(self, row, column):
        return (
            column not in self.columns
            and row + column not in self.rising
            and row - column not in self.falling
        )

    def place(self, row, column):
        self.columns.add(column)
        self.rising.add(row + column)
        self.falling.add(row - column)
        self.placed.append(column)

    def remove(self, row, column):
        self.columns.remove(column)
        self.rising.remove(row + column)
        self.falling.remove(row - column)
        self.placed.pop()

    def record_solution(self):
        self.solutions += 1
        for row, column in enumerate(self.placed):
            self.weight += (row + 1) * column

    def solve(self, row):
        if row == self.size:
            self.record_solution()
            return
        for column in range(self.size):
            if self.is_safe(row, column):
                self.place(row, column)
                self.solve(row + 1)
                self.remove(row, column)


def main(size):
    board = Board(size)
    board.solve(0)
    print(board.solutions, board.weight)


main(N)
