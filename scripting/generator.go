package scripting

import (
	"runtime"
)

// Generators run their body on a goroutine that hands control back and forth
// with the consumer over unbuffered channels, so exactly one side runs at a
// time and both share the Thread. (Generator expressions avoid this cost: they
// compile to a plain state machine, see compileGenExp.)

type genMsg struct {
	val  Object
	exc  *Instance
	done bool
}

type genCore struct {
	resumeCh chan genMsg
	yieldCh  chan genMsg
	fr       *Frame
	consumer *Frame
}

// Generator is a suspended generator function call.
type Generator struct {
	core     *genCore
	th       *Thread
	started  bool
	finished bool
	running  bool
	Name     string
}

func (g *Generator) PyType() *Type { return GeneratorType }

func newGenerator(th *Thread, fr *Frame) *Generator {
	core := &genCore{resumeCh: make(chan genMsg), yieldCh: make(chan genMsg), fr: fr}
	fr.gen = core
	g := &Generator{core: core, th: th, Name: fr.code.Name}
	runtime.SetFinalizer(g, func(g *Generator) {
		if g.started && !g.finished {
			// Unblock the goroutine so it can exit.
			go func() {
				defer func() { recover() }()
				core.resumeCh <- genMsg{exc: NewExc(GeneratorExitType), done: true}
				<-core.yieldCh
			}()
		}
	})
	return g
}

func (c *genCore) run(th *Thread) {
	defer func() {
		if r := recover(); r != nil {
			e := asException(r)
			captureTB(e, th, c.fr)
			if e.Class.IsSubtype(StopIterationType) {
				n := NewExc(RuntimeErrorType, Str("generator raised StopIteration"))
				n.Exc.Cause = e
				n.Exc.Context = e
				e = n
			}
			c.yieldCh <- genMsg{done: true, exc: e}
		}
	}()
	first := <-c.resumeCh
	th.frame = c.fr
	if first.exc != nil {
		panic(first.exc)
	}
	c.fr.code.body(c.fr)
	r := c.fr.ret
	if r == nil {
		r = None
	}
	c.yieldCh <- genMsg{done: true, val: r}
}

// yield is called by the generator body: hand v out, wait for the next resume.
func (c *genCore) yield(th *Thread, v Object) Object {
	c.yieldCh <- genMsg{val: v}
	msg := <-c.resumeCh
	th.frame = c.fr
	if msg.exc != nil {
		panic(msg.exc)
	}
	return msg.val
}

// resume runs the generator until its next yield. ok is false when it
// finished; then v is its return value.
func (g *Generator) resume(th *Thread, val Object, exc *Instance) (v Object, ok bool) {
	if g.finished {
		if exc != nil {
			panic(exc)
		}
		return None, false
	}
	if g.running {
		Raise(ValueErrorType, "generator already executing")
	}
	if !g.started {
		if exc != nil {
			g.finished = true
			panic(exc)
		}
		if val != nil && val != None {
			Raise(TypeErrorType, "can't send non-None value to a just-started generator")
		}
		g.started = true
		go g.core.run(th)
	}
	th.depth++
	if th.depth > th.limit {
		th.depth--
		Raise(RecursionErrorType, "maximum recursion depth exceeded")
	}
	savedFrame, savedDepth := th.frame, th.depth-1
	g.core.fr.back = th.frame
	g.running = true
	g.core.resumeCh <- genMsg{val: val, exc: exc}
	msg := <-g.core.yieldCh
	g.running = false
	if msg.done {
		g.finished = true
		if msg.exc != nil {
			// leave th.frame at the generator's frame chain so the catcher
			// records the generator's lines in the traceback
			th.depth = savedDepth
			th.frame = savedFrame
			panic(msg.exc)
		}
		th.frame, th.depth = savedFrame, savedDepth
		return msg.val, false
	}
	th.frame, th.depth = savedFrame, savedDepth
	return msg.val, true
}

// Next implements Iterator.
func (g *Generator) Next(th *Thread) (Object, bool) {
	v, ok := g.resume(th, None, nil)
	if !ok {
		return nil, false
	}
	return v, true
}

// Send is generator.send(v).
func (g *Generator) Send(th *Thread, v Object) Object {
	r, ok := g.resume(th, v, nil)
	if !ok {
		panic(NewExc(StopIterationType, r))
	}
	return r
}

// Throw is generator.throw(exc).
func (g *Generator) Throw(th *Thread, e *Instance) Object {
	r, ok := g.resume(th, None, e)
	if !ok {
		panic(NewExc(StopIterationType, r))
	}
	return r
}

// Close is generator.close().
func (g *Generator) Close(th *Thread) {
	if !g.started || g.finished {
		g.finished = true
		return
	}
	exc := th.Try(func() {
		_, ok := g.resume(th, None, NewExc(GeneratorExitType))
		if ok {
			Raise(RuntimeErrorType, "generator ignored GeneratorExit")
		}
	})
	if exc != nil && !exc.Class.IsSubtype(GeneratorExitType) && !exc.Class.IsSubtype(StopIterationType) {
		panic(exc)
	}
}

// yieldFrom delegates to a sub-iterator (PEP 380), returning its return value.
func yieldFrom(th *Thread, c *genCore, o Object) Object {
	if sub, ok := o.(*Generator); ok {
		var sent Object = None
		for {
			v, more := sub.resume(th, sent, nil)
			if !more {
				return v
			}
			sent = c.yield(th, v)
		}
	}
	it := Iter(th, o)
	for {
		v, ok := it.Next(th)
		if !ok {
			return None
		}
		c.yield(th, v)
	}
}

func init() {
	GeneratorType.Dict["send"] = NewBuiltin("send", "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("send", args, 2, 2)
		return args[0].(*Generator).Send(th, args[1])
	})
	GeneratorType.Dict["throw"] = NewBuiltin("throw", "throw(value) -> raise exception in generator.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("throw", args, 2, 4)
		e := makeException(th, args[1])
		if len(args) > 2 && args[2] != None {
			e = makeException(th, Call(th, args[1], []Object{args[2]}, nil))
		}
		return args[0].(*Generator).Throw(th, e)
	})
	GeneratorType.Dict["close"] = NewBuiltin("close", "close() -> raise GeneratorExit inside generator.", func(th *Thread, args []Object, kw Kwargs) Object {
		args[0].(*Generator).Close(th)
		return None
	})
	GeneratorType.Dict["__next__"] = NewBuiltin("__next__", "", func(th *Thread, args []Object, kw Kwargs) Object {
		v, ok := args[0].(*Generator).Next(th)
		if !ok {
			panic(NewExc(StopIterationType))
		}
		return v
	})
	GeneratorType.Dict["__iter__"] = NewBuiltin("__iter__", "", func(th *Thread, args []Object, kw Kwargs) Object { return args[0] })
	IteratorType.Dict["__next__"] = NewBuiltin("__next__", "", func(th *Thread, args []Object, kw Kwargs) Object {
		v, ok := args[0].(Iterator).Next(th)
		if !ok {
			panic(NewExc(StopIterationType))
		}
		return v
	})
	IteratorType.Dict["__iter__"] = NewBuiltin("__iter__", "", func(th *Thread, args []Object, kw Kwargs) Object { return args[0] })
}
