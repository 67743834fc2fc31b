"""A Richards-style operating-system scheduler simulation.

Measures method calls, attribute loads and stores, small-object allocation,
linked-list walking and polymorphic dispatch over a few classes. Six tasks of
four kinds (an idle task, a worker, two packet handlers and two devices) pass
packets to one another through a priority scheduler that holds, releases and
suspends them. The idle task drives the run: it releases a device on each of
its N steps. Prints the number of packets sent and the number of times a task
held itself, both of which depend on every scheduling decision.
"""

import sys

N = 25000  # steps of the idle task in one run
if len(sys.argv) > 1:
    N = int(sys.argv[1])

RUNS = 10  # the whole simulation is repeated this many times

# Task identifiers, also indexes into the scheduler's task table.
IDLE = 0
WORKER = 1
HANDLER_A = 2
HANDLER_B = 3
DEVICE_A = 4
DEVICE_B = 5
TASK_COUNT = 6

# Packet kinds.
WORK_PACKET = 0
DEVICE_PACKET = 1

PAYLOAD_SIZE = 4
LETTERS = 26


class Packet:
    """A message; `next` chains packets into a queue."""

    def __init__(self, next_packet, sender, kind):
        self.next = next_packet
        self.sender = sender
        self.kind = kind
        self.cursor = 0
        self.payload = [0] * PAYLOAD_SIZE


def append_packet(packet, queue):
    """Put packet at the end of the queue whose first packet is `queue`;
    return the new first packet."""
    packet.next = None
    if queue is None:
        return packet
    last = queue
    while last.next is not None:
        last = last.next
    last.next = packet
    return queue


class Task:
    """What every task kind shares: identity, priority, an input queue of
    packets and the two flags that decide whether the scheduler runs it."""

    def __init__(self, scheduler, ident, priority, queue, waiting):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = waiting  # suspended until a packet arrives
        self.held = False  # suspended until another task releases it
        self.next_task = None  # the next lower-priority task
        scheduler.add(self)

    def can_run(self):
        if self.held:
            return False
        return not self.waiting or self.queue is not None

    def take_packet(self):
        """The packet to hand to step(): the first of the queue when the task
        was waiting for one, otherwise None."""
        if not self.waiting or self.queue is None:
            return None
        packet = self.queue
        self.queue = packet.next
        self.waiting = False
        return packet

    def receive(self, packet):
        """Queue an incoming packet; True when the task had nothing queued."""
        was_empty = self.queue is None
        self.queue = append_packet(packet, self.queue)
        return was_empty

    def step(self, packet):
        """Do one unit of work and return the task to run next."""
        raise NotImplementedError


class IdleTask(Task):
    """Releases one device or the other, following a pseudo-random bit
    sequence, until its step budget runs out."""

    def __init__(self, scheduler, steps):
        Task.__init__(self, scheduler, IDLE, 0, None, False)
        self.seed = 1
        self.steps_left = steps

    def step(self, packet):
        self.steps_left -= 1
        if self.steps_left == 0:
            return self.scheduler.hold_current()
        if self.seed & 1 == 0:
            self.seed = self.seed >> 1
            return self.scheduler.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.scheduler.release(DEVICE_B)


class WorkerTask(Task):
    """Fills work packets with letters and sends them to the two handlers in
    turn."""

    def __init__(self, scheduler, queue):
        Task.__init__(self, scheduler, WORKER, 1000, queue, True)
        self.destination = HANDLER_B
        self.letter = 0

    def step(self, packet):
        if packet is None:
            return self.scheduler.wait_current()
        if self.destination == HANDLER_A:
            self.destination = HANDLER_B
        else:
            self.destination = HANDLER_A
        packet.cursor = 0
        for i in range(PAYLOAD_SIZE):
            self.letter += 1
            if self.letter > LETTERS:
                self.letter = 1
            packet.payload[i] = self.letter
        return self.scheduler.send(packet, self.destination)


class HandlerTask(Task):
    """Copies the letters of each work packet, one per device packet, to its
    device, then returns the work packet to the worker."""

    def __init__(self, scheduler, ident, priority, queue, device):
        Task.__init__(self, scheduler, ident, priority, queue, True)
        self.device = device
        self.work = None  # queue of work packets being copied
        self.device_packets = None  # queue of free device packets

    def step(self, packet):
        if packet is not None:
            if packet.kind == WORK_PACKET:
                self.work = append_packet(packet, self.work)
            else:
                self.device_packets = append_packet(packet, self.device_packets)
        if self.work is not None:
            work = self.work
            if work.cursor >= PAYLOAD_SIZE:
                self.work = work.next
                return self.scheduler.send(work, WORKER)
            if self.device_packets is not None:
                device_packet = self.device_packets
                self.device_packets = device_packet.next
                device_packet.cursor = work.payload[work.cursor]
                work.cursor += 1
                return self.scheduler.send(device_packet, self.device)
        return self.scheduler.wait_current()


class DeviceTask(Task):
    """Holds each packet it gets until the idle task releases it, then sends
    the packet back to where it came from."""

    def __init__(self, scheduler, ident, priority):
        Task.__init__(self, scheduler, ident, priority, None, True)
        self.pending = None
        self.checksum = 0

    def step(self, packet):
        if packet is None:
            if self.pending is None:
                return self.scheduler.wait_current()
            done = self.pending
            self.pending = None
            return self.scheduler.send(done, done.sender)
        self.pending = packet
        self.checksum += packet.cursor
        return self.scheduler.hold_current()


class Scheduler:
    def __init__(self):
        self.tasks = [None] * TASK_COUNT
        self.first = None  # the highest-priority task
        self.current = None
        self.sent = 0
        self.holds = 0

    def add(self, task):
        """Register a task, keeping the task list in decreasing priority."""
        self.tasks[task.ident] = task
        if self.first is None or task.priority > self.first.priority:
            task.next_task = self.first
            self.first = task
            return
        previous = self.first
        while (
            previous.next_task is not None
            and previous.next_task.priority > task.priority
        ):
            previous = previous.next_task
        task.next_task = previous.next_task
        previous.next_task = task

    def run(self):
        task = self.first
        while task is not None:
            if task.can_run():
                self.current = task
                task = task.step(task.take_packet())
            else:
                task = task.next_task

    # The services a task's step() calls; each returns the task to run next.

    def hold_current(self):
        self.holds += 1
        self.current.held = True
        return self.current.next_task

    def wait_current(self):
        self.current.waiting = True
        return self.current

    def release(self, ident):
        task = self.tasks[ident]
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def send(self, packet, ident):
        """Queue packet for task `ident`, marked as coming from the current
        task; switch to the receiver when it was idle and is more urgent."""
        self.sent += 1
        receiver = self.tasks[ident]
        packet.sender = self.current.ident
        if receiver.receive(packet) and receiver.priority > self.current.priority:
            return receiver
        return self.current


def simulate(steps):
    scheduler = Scheduler()
    IdleTask(scheduler, steps)

    work_queue = Packet(None, WORKER, WORK_PACKET)
    work_queue = Packet(work_queue, WORKER, WORK_PACKET)
    WorkerTask(scheduler, work_queue)

    queue_a = None
    queue_b = None
    for _ in range(3):
        queue_a = Packet(queue_a, DEVICE_A, DEVICE_PACKET)
        queue_b = Packet(queue_b, DEVICE_B, DEVICE_PACKET)
    HandlerTask(scheduler, HANDLER_A, 2000, queue_a, DEVICE_A)
    HandlerTask(scheduler, HANDLER_B, 3000, queue_b, DEVICE_B)

    DeviceTask(scheduler, DEVICE_A, 4000)
    DeviceTask(scheduler, DEVICE_B, 5000)

    scheduler.run()
    letters = (
        scheduler.tasks[DEVICE_A].checksum + scheduler.tasks[DEVICE_B].checksum
    )
    return scheduler.sent, scheduler.holds, letters


def main(steps):
    results = None
    for _ in range(RUNS):
        outcome = simulate(steps)
        if results is not None and outcome != results:
            print("runs disagree:", results, outcome)
        results = outcome
    sent, holds, letters = results
    print("packets sent %d, holds %d, letters %d" % (sent, holds, letters))


main(N)
