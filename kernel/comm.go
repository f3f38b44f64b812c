package kernel

import (
	"encoding/json"
	"sync"
)

// CommOpenFunc is called when the frontend opens a comm with a registered target.
// It may set c.OnMsg and c.OnClose and send messages with c.Send.
type CommOpenFunc func(c *Comm, data map[string]any)

// Comms is the comm registry (xeus's xcomm_manager): targets by name and open comms by
// id. An empty registry is valid: comm_open for an unknown target is answered with
// comm_close, comm_msg/comm_close for unknown ids are ignored, and comm_info lists nothing.
type Comms struct {
	mu      sync.Mutex
	k       *Kernel
	targets map[string]CommOpenFunc
	open    map[string]*Comm
}

// Comm is one open comm.
type Comm struct {
	ID, Target string
	// OnMsg and OnClose receive the data of comm_msg and comm_close from the frontend.
	OnMsg   func(data map[string]any)
	OnClose func(data map[string]any)

	comms  *Comms
	parent *Message // the message being handled, as parent of what the comm sends
}

// NewComms returns an empty registry.
func NewComms() *Comms {
	return &Comms{targets: map[string]CommOpenFunc{}, open: map[string]*Comm{}}
}

// Register makes target available to comm_open.
func (cs *Comms) Register(target string, open CommOpenFunc) {
	cs.mu.Lock()
	cs.targets[target] = open
	cs.mu.Unlock()
}

func (cs *Comms) attach(k *Kernel) {
	cs.mu.Lock()
	cs.k = k
	cs.mu.Unlock()
}

// Send publishes comm_msg with data to the frontend.
func (c *Comm) Send(data map[string]any) {
	c.comms.k.pub.publish("comm_msg", c.parentMsg(), map[string]any{"comm_id": c.ID, "data": nonNilMap(data)})
}

func (c *Comm) parentMsg() *Message {
	c.comms.mu.Lock()
	defer c.comms.mu.Unlock()
	return c.parent
}

// Close publishes comm_close and forgets the comm.
func (c *Comm) Close(data map[string]any) {
	parent := c.parentMsg()
	c.comms.mu.Lock()
	delete(c.comms.open, c.ID)
	c.comms.mu.Unlock()
	c.comms.k.pub.publish("comm_close", parent, map[string]any{"comm_id": c.ID, "data": nonNilMap(data)})
}

func nonNilMap(m map[string]any) map[string]any {
	if m == nil {
		return map[string]any{}
	}
	return m
}

type commContent struct {
	CommID     string         `json:"comm_id"`
	TargetName string         `json:"target_name"`
	Data       map[string]any `json:"data"`
}

func handleCommOpen(r *request) {
	var c commContent
	if json.Unmarshal(r.msg.Content, &c) != nil || c.CommID == "" {
		r.k.log.Printf("comm_open without comm_id ignored")
		return
	}
	cs := r.k.comms
	cs.mu.Lock()
	open := cs.targets[c.TargetName]
	cm := &Comm{ID: c.CommID, Target: c.TargetName, comms: cs, parent: r.msg}
	if open != nil {
		cs.open[c.CommID] = cm
	}
	cs.mu.Unlock()
	if open == nil {
		r.k.log.Printf("comm_open: no target %q; closing comm %s", c.TargetName, c.CommID)
		r.k.pub.publish("comm_close", r.msg, map[string]any{"comm_id": c.CommID, "data": map[string]any{}})
		return
	}
	open(cm, nonNilMap(c.Data))
}

func (cs *Comms) lookup(id string, parent *Message) *Comm {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	c := cs.open[id]
	if c != nil {
		c.parent = parent
	}
	return c
}

func handleCommMsg(r *request) {
	var c commContent
	_ = json.Unmarshal(r.msg.Content, &c)
	if cm := r.k.comms.lookup(c.CommID, r.msg); cm != nil && cm.OnMsg != nil {
		cm.OnMsg(nonNilMap(c.Data))
	}
}

func handleCommClose(r *request) {
	var c commContent
	_ = json.Unmarshal(r.msg.Content, &c)
	cs := r.k.comms
	cm := cs.lookup(c.CommID, r.msg)
	if cm == nil {
		return
	}
	cs.mu.Lock()
	delete(cs.open, c.CommID)
	cs.mu.Unlock()
	if cm.OnClose != nil {
		cm.OnClose(nonNilMap(c.Data))
	}
}

func handleCommInfo(r *request) {
	var c struct {
		TargetName string `json:"target_name"`
	}
	_ = json.Unmarshal(r.msg.Content, &c)
	cs := r.k.comms
	cs.mu.Lock()
	comms := map[string]any{}
	for id, cm := range cs.open {
		if c.TargetName == "" || c.TargetName == cm.Target {
			comms[id] = map[string]any{"target_name": cm.Target}
		}
	}
	cs.mu.Unlock()
	r.reply("comm_info_reply", map[string]any{"status": "ok", "comms": comms})
}
